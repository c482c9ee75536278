// lang/compile/closure.cpp — function literals (closures) and calls of func values.
//
// Overview: a func value is a pointer to a vm::Closure {Function*, captured words...}
// (vm/value.h). A literal without captures evaluates to its function's static closure
// (LOADFUNC); one with captures allocates a closure object (CLOSURE) holding one word per
// captured variable: the address of the variable's heap cell (scalars) or of its box
// (structs and arrays). Sharing is therefore exactly Go's: the enclosing function and every
// closure see the same variable. The enclosing function's pre-pass (find_address_taken) puts
// every variable referenced inside a nested literal into a cell, so captured variables are
// always cells or boxes by the time a literal is compiled.
// A literal's body is compiled when the enclosing function reaches the literal, by a nested
// FnCompiler whose m_parent is the enclosing one; on entry it loads each captured word from
// its closure context R[param_slots] (the convention of CALLFUNC, vm/opcodes.def) into a
// register and maps the variable to it.
// Names follow Go 1.19: "main.main.func1" for literals in a declared function, "main.f.func2.1"
// for literals nested in literals, "main.glob..func1" in package-level initializers.
// Invariants: every function's frame has a slot at param_slots (CALLFUNC writes the context
// there), never in zero_on_entry for literals.
// Go counterpart: cmd/compile/internal/escape (capture by reference) and walk/closure.go.
#include "lang/compile/internal.h"

#include <fmt/format.h>

namespace vitro::lang::codegen {

namespace {

const types::Var* name_var(Node* n)
{
    if (n->kind != NodeKind::Name)
        return nullptr;
    auto* obj = n->as<Name>()->object;
    if (!obj || obj->kind() != types::ObjectKind::Var)
        return nullptr;
    auto* v = obj->as<types::Var>();
    return v->is_field ? nullptr : v;
}

} // namespace

// Every variable named inside the literal (at any depth) becomes a cell in this function if it
// is one of its locals: declarations of the literal's own locals are never seen here.
void FnCompiler::mark_captured(FuncLit* lit)
{
    walk_nodes(lit->body, [&](Node* n) {
        if (const types::Var* v = name_var(n))
            m_address_taken.insert(v);
    });
}

uint32_t TypeTable::closure_type(uint32_t words)
{
    // A closure object: the Function* (outside the heap, ignored by the collector) and the
    // captured words, all pointer words. One descriptor per size.
    std::string k = fmt::format("closure#{}", words);
    auto it = m_by_key.find(k);
    if (it != m_by_key.end())
        return m_index.at(it->second);
    auto& arena = m_module.arena;
    auto* g = arena.make<gc::Type>();
    g->size = 8 * (uint64_t { words } + 1);
    g->align = 8;
    g->kind = gc::Kind::Struct;
    g->name = "func";
    g->ptrdata = g->size;
    size_t mwords = (words + 1 + 63) / 64;
    auto* mask = static_cast<uint64_t*>(arena.allocate(mwords * 8, 8));
    for (size_t i = 0; i < mwords; i++)
        mask[i] = 0;
    for (uint32_t i = 0; i <= words; i++)
        mask[i / 64] |= uint64_t { 1 } << (i % 64);
    g->ptrmask = mask;
    m_by_key.emplace(k, g);
    auto idx = static_cast<uint32_t>(m_module.types.size());
    m_index.emplace(g, idx);
    m_module.types.push_back(g);
    return idx;
}

std::string FnCompiler::next_closure_name()
{
    int n = ++m_closure_count;
    if (m_parent)
        return fmt::format("{}.{}", F->name, n);
    if (F->name == "main.init")
        return fmt::format("main.glob..func{}", n);
    return fmt::format("{}.func{}", F->name, n);
}

void FnCompiler::func_lit_to(FuncLit* e, int dst)
{
    auto body_it = M.lit_bodies.find(e);
    if (body_it == M.lit_bodies.end()) {
        unsupported(e->pos, "function literal");
        return;
    }
    // Captured variables: locals of this function (or captured by it) named in the literal.
    std::vector<const types::Var*> caps;
    walk_nodes(e->body, [&](Node* n) {
        const types::Var* v = name_var(n);
        if (!v || !m_vars.count(v))
            return;
        for (auto* c : caps)
            if (c == v)
                return;
        caps.push_back(v);
    });
    vm::Function* f = M.new_function();
    auto index = static_cast<uint32_t>(M.module->functions.size() - 1);
    f->name = next_closure_name();
    f->decl_line = e->pos.line;
    {
        FnCompiler child(M, f);
        child.m_parent = this;
        child.m_captures = caps;
        child.compile_body(*body_it->second);
    }
    if (caps.empty()) {
        abx(Op::LOADFUNC, dst, index);
        return;
    }
    if (caps.size() > 255) {
        unsupported(e->pos, "a function literal with more than 255 captured variables");
        return;
    }
    int save = m_free;
    int words = alloc(static_cast<int>(caps.size()));
    for (size_t i = 0; i < caps.size(); i++) {
        mark_ptr(words + static_cast<int>(i));
        VarLoc loc = m_vars[caps[i]];
        if (loc.kind == VarLoc::Reg && !is_aggregate(caps[i]->type)) {
            // Not in a cell (declared by a path the pre-pass does not see): the closure gets
            // a cell holding a copy of the value.
            abx(Op::NEW, words + static_cast<int>(i), M.types.index(caps[i]->type));
            store_mem(caps[i]->type, words + static_cast<int>(i), 0, loc.reg);
        } else {
            abc(Op::MOVE, words + static_cast<int>(i), loc.reg, 0);
        }
    }
    set_line(e->pos);
    abc(Op::CLOSURE, dst, words, static_cast<int>(caps.size()));
    ext(M.types.closure_type(static_cast<uint32_t>(caps.size())));
    ext(index);
    m_free = save;
}

// On entry of a literal: the closure context is R[param_slots]; each captured word is loaded
// into a register that stands for the variable (a cell address, or a box pointer).
void FnCompiler::load_captures()
{
    m_context = alloc_ptr();
    for (size_t i = 0; i < m_captures.size(); i++) {
        const types::Var* v = m_captures[i];
        int r = alloc_ptr();
        uint64_t off = 8 * (i + 1);
        if (off <= 255) {
            abc(Op::LOAD_64, r, m_context, static_cast<int>(off));
        } else {
            abc(Op::ADDPTR, r, m_context, 0);
            ext(static_cast<uint32_t>(off));
            abc(Op::LOAD_64, r, r, 0);
        }
        bool boxed = is_aggregate(v->type);
        m_vars[v] = VarLoc { boxed ? VarLoc::Reg : VarLoc::Cell, r, 0 };
    }
}

// A call of a func value: the value is evaluated first (below the call window) into a
// register; CALLFUNC passes it to the callee as its closure context.
int FnCompiler::func_value_reg(Expr* fun)
{
    int r = alloc_ptr();
    expr_to(fun, r);
    return r;
}

// ---- method values, method expressions and imported functions as values ----
//
// `x.M` (a method value) evaluates the receiver now and makes a closure of the wrapper
// "main.T.M-fm" holding the receiver's slot-form words; the wrapper passes them (a fresh copy
// of a struct or array receiver each call) ahead of its own arguments. `T.M` and `(*T).M` of a
// pointer method are the method itself (its receiver is its first parameter); `(*T).M` of a
// value method is the wrapper "main.(*T).M", which loads the value through the pointer. An
// imported function used as a value (`apply(strings.ToUpper)`) is a wrapper around its native.

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
    // At least one slot at base: the verifier wants a call window inside the frame even when
    // the callee takes and returns nothing (`g := runtime.Gosched`).
    w.touch(base + std::max({ nargs, nres, 1 }));
    w.mark_type(base, sig->results);
    w.abx(call_op, base, index);
    w.abc(Op::RET, base, nres, 0);
    w.finish_synthetic();
    return findex;
}

void FnCompiler::method_value_to(SelectorExpr* s, int dst)
{
    auto* m = s->sel->object->as<types::Func>();
    types::Signature* sig = m->signature();
    if (!sig || !sig->recv || types::is_interface(sig->recv->type)) {
        unsupported(s->pos, "a method value of an interface");
        return;
    }
    auto it = M.func_index.find(m);
    bool native = it == M.func_index.end();
    Op call_op = native ? Op::CALLNATIVE : Op::CALL;
    uint32_t index = native ? M.native(M.native_name(m), s->pos) : it->second;
    bool ptr_method = m->has_ptr_recv();
    const Type* recv_t = sig->recv->type; // *T for pointer methods
    if (unparen(s->x)->mode == ExprMode::TypeExpr) { // a method expression
        bool via_ptr = types::under(unparen(s->x)->type)->kind() == types::TypeKind::Pointer;
        if (!native && (ptr_method || !via_ptr)) {
            abx(Op::LOADFUNC, dst, index);
            return;
        }
        if (native) {
            unsupported(s->pos, "a method expression of an imported type");
            return;
        }
        std::string base = M.func_name(m); // main.T.M
        std::string name = base.substr(0, base.rfind('.'));
        name = fmt::format(
            "{}.(*{}).{}", name.substr(0, name.rfind('.')), name.substr(name.rfind('.') + 1), m->name);
        abx(Op::LOADFUNC, dst,
            make_wrapper(name, sig, recv_t, static_cast<int>(Bound::Deref), call_op, index));
        return;
    }
    {
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
