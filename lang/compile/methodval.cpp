// lang/compile/methodval.cpp — method values (`x.M`), method expressions (`T.M`, `(*T).M`,
// `I.M`) and imported functions used as values.
//
// Overview: `x.M` evaluates the receiver now and makes a closure of the wrapper "main.T.M-fm"
// holding the receiver's slot-form words; the wrapper passes them (a fresh copy of a struct
// or array receiver each call) ahead of its own arguments. For an interface receiver the
// closure holds the interface's two words (a nil interface panics when the method value is
// made, as in Go) and the wrapper calls the method through the itab. `T.M` and `(*T).M` of a
// method declared on T are the method itself (its receiver is its first parameter); `(*T).M`
// of a value method is the wrapper "main.(*T).M", which loads the value through the pointer.
// Every other method expression — an interface's (`I.M`), a method promoted through embedded
// fields, a standard-library type's — is a forwarder compiled from a synthetic call
// `recv.M(params...)` over its own parameters, so that receiver selection (embedding paths,
// pointer or value receivers, natives, itabs) is the one ordinary calls use. An imported
// function used as a value (`apply(strings.ToUpper)`) is a wrapper around its native.
// Invariants: method-value wrappers' names end in "-fm" (vm/panic.cpp treats them as
// transparent for recover, as Go's wrappers are).
// Go counterpart: cmd/compile/internal/walk/closure.go (methodValueWrapper),
// reflectdata.methodWrapper (promoted and interface method expressions).
#include "lang/compile/internal.h"

#include <fmt/format.h>

namespace vitro::lang::codegen {

namespace {

// Which words a wrapper adds before its own parameters.
enum class Bound : uint8_t {
    None, // imported function
    Context, // method value: the receiver words come from the closure context
    Deref, // (*T).M of a value method: parameter 0 is a *T, passed as the value
};

} // namespace

uint32_t FnCompiler::make_wrapper(const std::string& name, const types::Signature* sig, const Type* recv,
    int mode, Op call_op, uint32_t index)
{
    auto it = M.wrappers.find(name);
    if (it != M.wrappers.end())
        return it->second;
    vm::Function* f = M.new_function();
    auto findex = static_cast<uint32_t>(M.module->functions.size() - 1);
    M.wrappers.emplace(name, findex);
    f->name = name;
    f->decl_line = m_line;
    f->wrapper = true;
    FnCompiler w(M, f);
    w.m_line = m_line;
    auto bound = static_cast<Bound>(mode);
    // Parameters: for Deref the pointer first, then the method's own parameters.
    int in = 0;
    if (bound == Bound::Deref)
        in = w.alloc_ptr();
    int params = w.alloc(0);
    for (auto* v : sig->params->vars)
        w.alloc_type(v->type);
    int np = w.free_reg() - params;
    w.m_params = static_cast<uint32_t>(w.free_reg());
    f->param_slots = w.m_params;
    f->result_slots = static_cast<uint32_t>(slot_count(sig->results));
    w.m_context = w.alloc_ptr();
    int base = w.free_reg() + static_cast<int>(vm::kFrameHeader);
    w.touch(base);
    w.set_free(base);
    if (bound == Bound::Context) {
        int rs = slot_count(recv);
        int r = w.alloc_type(recv);
        for (int i = 0; i < rs; i++)
            w.abc(Op::LOAD_64, r + i, w.m_context, 8 * (i + 1));
        if (w.is_aggregate(recv)) {
            w.abc(Op::BOX, r, r, 0);
            w.ext(M.types.index(recv));
        }
    } else if (bound == Bound::Deref) {
        int r = w.alloc_type(recv);
        w.abc(Op::NILCHECK, in, 0, 0);
        if (w.is_aggregate(recv)) {
            w.abc(Op::BOX, r, in, 0);
            w.ext(M.types.index(recv));
        } else {
            w.load_mem(recv, r, in, 0);
        }
    }
    int args = w.free_reg();
    for (auto* v : sig->params->vars)
        w.alloc_type(v->type);
    for (int i = 0; i < np; i++)
        w.abc(Op::MOVE, args + i, params + i, 0);
    int nargs = w.free_reg() - base;
    int nres = static_cast<int>(f->result_slots);
    w.touch(base + std::max({ nargs, nres, 1 })); // a native's window starts inside the frame
    w.mark_type(base, sig->results);
    w.abx(call_op, base, index);
    w.abc(Op::RET, base, nres, 0);
    w.finish_synthetic();
    return findex;
}

// A forwarder: a compiler-made function whose body is `return recv.M(params...)` for the
// method selected by `sel` (its embedding path is kept). When `bound`, the receiver comes from
// the closure context (the slot-form words of a value of type recv_t: a method value);
// otherwise it is the first parameter (a method expression). `key` identifies it.
uint32_t FnCompiler::forwarder(
    const std::string& key, const std::string& name, SelectorExpr* sel, const Type* recv_t, bool bound)
{
    auto it = M.wrappers.find(key);
    if (it != M.wrappers.end())
        return it->second;
    auto* m = sel->sel->object->as<types::Func>();
    types::Signature* sig = m->signature();
    vm::Function* f = M.new_function();
    auto findex = static_cast<uint32_t>(M.module->functions.size() - 1);
    M.wrappers.emplace(key, findex);
    f->name = name;
    f->decl_line = m_line;
    f->wrapper = true;
    FnCompiler w(M, f);
    w.m_line = m_line;
    Pos pos = sel->pos;
    auto synth = [&](const Type* t, std::string_view n) {
        auto* v = M.synth_vars.emplace_back(std::make_unique<types::Var>(pos, M.pkg, n, const_cast<Type*>(t)))
                      .get();
        auto* name_node = M.synth_names.emplace_back(std::make_unique<Name>(pos, n)).get();
        name_node->object = v;
        name_node->type = const_cast<Type*>(t);
        name_node->mode = ExprMode::Variable;
        return name_node;
    };
    Name* recv = synth(recv_t, "recv");
    auto* recv_var = recv->object->as<types::Var>();
    if (!bound)
        w.m_vars[recv_var] = VarLoc { VarLoc::Reg, w.alloc_type(recv_t), 0 };
    SelectorExpr s(*sel);
    s.x = recv;
    CallExpr c(pos, &s);
    c.type = sig->results->len() == 1 ? sig->results->vars[0]->type : nullptr;
    c.mode = ExprMode::Value;
    c.has_dots = sig->variadic;
    for (auto* p : sig->params->vars) {
        Name* a = synth(p->type, "arg");
        w.m_vars[a->object->as<types::Var>()] = VarLoc { VarLoc::Reg, w.alloc_type(p->type), 0 };
        c.args.push_back(a);
    }
    w.m_params = static_cast<uint32_t>(w.free_reg());
    f->param_slots = w.m_params;
    f->result_slots = static_cast<uint32_t>(slot_count(sig->results));
    w.m_context = w.alloc_ptr();
    if (bound) {
        int r = w.alloc_type(recv_t);
        for (int i = 0; i < slot_count(recv_t); i++)
            w.abc(Op::LOAD_64, r + i, w.m_context, 8 * (i + 1));
        w.m_vars[recv_var] = VarLoc { VarLoc::Reg, r, 0 };
    }
    int res = w.call(&c);
    w.abc(Op::RET, res, static_cast<int>(f->result_slots), 0);
    w.finish_synthetic();
    return findex;
}

// The Go-style name of method expression T.M's function: "main.T.M" or "main.(*T).M".
std::string FnCompiler::method_expr_name(const Type* t, std::string_view method) const
{
    bool ptr = false;
    Type* base = types::deref(const_cast<Type*>(t), &ptr);
    std::string ts = types::type_string(base, M.pkg);
    std::string pkg = M.pkg ? std::string(M.pkg->name) : "main";
    if (ptr)
        return fmt::format("{}.(*{}).{}", pkg, ts, method);
    return fmt::format("{}.{}.{}", pkg, ts, method);
}

void FnCompiler::method_value_to(SelectorExpr* s, int dst)
{
    auto* m = s->sel->object->as<types::Func>();
    types::Signature* sig = m->signature();
    if (!sig || !sig->recv) {
        unsupported(s->pos, "this method value");
        return;
    }
    if (unparen(s->x)->mode == ExprMode::TypeExpr) {
        method_expr_to(s, dst);
        return;
    }
    if (types::is_interface(sig->recv->type)) {
        // The interface is evaluated now; a nil one panics now (Go's nil check).
        int save = m_free;
        const Type* it = nullptr;
        int r = iface_receiver(s, &it);
        set_line(s->pos);
        abc(Op::NILCHECK, r, 0, 0);
        SelectorExpr direct(*s);
        direct.path = { s->path.empty() ? 0 : s->path.back() };
        std::string name = M.func_name(m) + "-fm";
        uint32_t w = forwarder(name + "#" + types::type_string(it, M.pkg), name, &direct, it, true);
        abc(Op::CLOSURE, dst, r, 2);
        ext(M.types.closure_type(2));
        ext(w);
        m_free = save;
        return;
    }
    auto it = M.func_index.find(m);
    bool native = it == M.func_index.end();
    Op call_op = native ? Op::CALLNATIVE : Op::CALL;
    uint32_t index = native ? M.native(M.native_name(m), s->pos) : it->second;
    const Type* recv_t = sig->recv->type; // *T for pointer methods
    std::string name = (native ? M.native_name(m) : M.func_name(m)) + "-fm";
    uint32_t w = make_wrapper(name, sig, recv_t, static_cast<int>(Bound::Context), call_op, index);
    int save = m_free;
    int r = alloc_type(recv_t);
    receiver_to(s, m, r);
    int words = slot_count(recv_t);
    set_line(s->pos);
    abc(Op::CLOSURE, dst, r, words);
    ext(M.types.closure_type(static_cast<uint32_t>(words)));
    ext(w);
    m_free = save;
}

// `T.M`, `(*T).M`, `I.M`: a function whose first parameter is the receiver.
void FnCompiler::method_expr_to(SelectorExpr* s, int dst)
{
    auto* m = s->sel->object->as<types::Func>();
    types::Signature* sig = m->signature();
    const Type* xt = unparen(s->x)->type;
    auto it = M.func_index.find(m);
    bool declared = it != M.func_index.end() && !types::is_interface(sig->recv->type);
    bool via_ptr = types::under(xt)->kind() == types::TypeKind::Pointer;
    bool direct = s->path.size() <= 1;
    if (declared && direct && (m->has_ptr_recv() || !via_ptr)) {
        abx(Op::LOADFUNC, dst, it->second);
        return;
    }
    if (declared && direct) { // (*T).M of a value method
        std::string name = method_expr_name(xt, m->name);
        abx(Op::LOADFUNC, dst,
            make_wrapper(name, sig, sig->recv->type, static_cast<int>(Bound::Deref), Op::CALL, it->second));
        return;
    }
    std::string name = method_expr_name(xt, m->name);
    abx(Op::LOADFUNC, dst, forwarder(name + "#" + types::type_string(xt, M.pkg), name, s, xt, false));
}

// An imported function as a func value: a wrapper calling its native.
void FnCompiler::native_func_value_to(types::Func* f, Pos pos, int dst)
{
    types::Signature* sig = f->signature();
    if (!sig) {
        unsupported(pos, "a function value of an imported function");
        return;
    }
    std::string name = M.native_name(f);
    uint32_t w = make_wrapper(
        name, sig, nullptr, static_cast<int>(Bound::None), Op::CALLNATIVE, M.native(name, pos));
    abx(Op::LOADFUNC, dst, w);
}

} // namespace vitro::lang::codegen
