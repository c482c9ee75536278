// lang/compile/defer.cpp — defer statements, the epilogue of functions with defers, and
// recover().
//
// Overview (run-time protocol: vm/panic.cpp):
//  - `defer f(args)` compiles like the call itself (call.cpp: the func value or receiver and
//    the arguments are evaluated at the defer statement, into a call window), but instead of
//    the call instruction the window's words (and the func value, if any) go into a closure
//    of a thunk made for this defer statement; DEFER pushes that closure for the frame. The
//    thunk (Function::defer_thunk, no parameters) loads the words from its context R[0] into
//    its own call window and makes the very call (CALL, CALLFUNC or CALLNATIVE), so deferred
//    natives and methods (`defer mu.Unlock()`, `defer wg.Done()`, `defer fmt.Println(x)`)
//    need nothing special.
//  - A function containing a defer statement (not counting nested literals) keeps its results
//    in variables: the named results, or a zeroed result area for unnamed ones. `return`
//    stores into them and jumps to the epilogue: RUNDEFER (runs the pending deferred calls),
//    load the results, RET. A panic unwinding into the frame enters at the same RUNDEFER
//    (Function::defer_epilogue); after a recover the frame returns its result variables, as
//    Go does.
// Invariants: the epilogue's RUNDEFER window is above every register of the function, so a
// deferred call never overwrites a live value whatever the point the panic came from.
// Go counterpart: cmd/compile/internal/walk (wrapGoDefer's closures), ssagen's deferreturn
// exits, runtime/panic.go's gorecover.
#include "lang/compile/internal.h"

#include <algorithm>
#include <fmt/format.h>

namespace vitro::lang::codegen {

void FnCompiler::prepare_defers(BlockStmt* body)
{
    // Defer statements of nested literals belong to those literals.
    std::vector<const Node*> nested, all;
    walk_nodes(body, [&](Node* n) {
        if (n->kind == NodeKind::FuncLit)
            walk_nodes(n->as<FuncLit>()->body, [&](Node* k) {
                if (k->kind == NodeKind::CallStmt && k->as<CallStmt>()->call_kind == CallKind::Defer)
                    nested.push_back(k);
            });
        else if (n->kind == NodeKind::CallStmt && n->as<CallStmt>()->call_kind == CallKind::Defer)
            all.push_back(n);
    });
    for (const Node* d : all)
        if (std::find(nested.begin(), nested.end(), d) == nested.end())
            m_has_defer = true;
    if (!m_has_defer || m_sig->results->len() == 0 || !m_results.empty())
        return;
    int n = slot_count(m_sig->results);
    m_result_area = alloc(n);
    mark_type(m_result_area, m_sig->results);
    abc(Op::LOADZERO, m_result_area, n, 0);
}

void FnCompiler::defer_stmt(CallStmt* s)
{
    Expr* x = unparen(s->call);
    if (x->kind != NodeKind::CallExpr) {
        unsupported(s->pos, "this defer statement");
        return;
    }
    auto* c = x->as<CallExpr>();
    Expr* f = unparen(c->fun);
    if (f->mode == ExprMode::Builtin) {
        int save = m_free;
        int r = builtin_thunk(c, true);
        abc(Op::DEFER, r, 0, 0);
        m_free = save;
        return;
    }
    if (f->mode == ExprMode::TypeExpr) {
        unsupported(s->pos, "this defer statement");
        return;
    }
    int save = m_free;
    m_deferring = true;
    call(c);
    m_deferring = false;
    m_free = save;
}

// Called by call() in place of the call instruction when compiling a defer statement: the
// window R[base..base+nargs) is ready (and the func value in fn_reg for CALLFUNC).
bool FnCompiler::emit_deferred(
    int base, int nargs, int nres, int fn_reg, int fn_slots, Op call_op, uint32_t index)
{
    m_deferring = false;
    int r = call_thunk(base, nargs, nres, fn_reg, fn_slots, call_op, index, true);
    abc(Op::DEFER, r, 0, 0);
    return true;
}

// The thunk of a deferred call or of a go statement's call (a closure of the call's words);
// returns the register holding the closure.
int FnCompiler::call_thunk(
    int base, int nargs, int nres, int fn_reg, int fn_slots, Op call_op, uint32_t index, bool defer)
{
    int first = base;
    int count = nargs;
    if (fn_reg >= 0) { // the func value (or interface) travels first, in the header slots
        first = base - fn_slots;
        count += fn_slots;
        for (int i = 0; i < fn_slots; i++) {
            abc(Op::MOVE, first + i, fn_reg + i, 0);
            mark_ptr(first + i);
        }
    }
    // The thunk: R[0] context, R[1..2] func value or interface, window at R[6..].
    vm::Function* t = M.new_function();
    auto tindex = static_cast<uint32_t>(M.module->functions.size() - 1);
    t->name = defer ? fmt::format("{}.deferwrap{}", F->name, ++m_deferwrap_count) // not a funcN: as Go
                    : fmt::format("{}.gowrap{}", F->name, ++m_gowrap_count);
    t->decl_line = m_line;
    t->defer_thunk = defer; // recover() looks through deferred calls' thunks only
    const int w = 6;
    int top = w + std::max(nargs, nres) + 1; // the callee's results come back in the window
    t->num_slots = static_cast<uint32_t>(top);
    t->param_slots = 0;
    t->result_slots = 0;
    t->ptrmap.assign(static_cast<size_t>(top + 63) / 64 + 1, 0);
    auto set_ptr = [&](int i) { t->ptrmap[static_cast<size_t>(i) / 64] |= uint64_t { 1 } << (i % 64); };
    set_ptr(0);
    set_ptr(1);
    set_ptr(2);
    t->zero_on_entry.push_back(1);
    t->zero_on_entry.push_back(2);
    for (int i = 0; i < nargs; i++)
        if (m_ptr[static_cast<size_t>(base + i)]) {
            set_ptr(w + i);
            t->zero_on_entry.push_back(static_cast<uint8_t>(w + i));
        }
    auto enc = [&](vm::Instr i) { t->code.push_back(i); };
    t->lines.push_back(vm::LineEntry { 0, m_line });
    auto load_word = [&](int dst, int k) { // word k of the closure (after the Function*)
        uint64_t off = 8 * (static_cast<uint64_t>(k) + 1);
        if (off <= 255) {
            enc(vm::encode_abc(Op::LOAD_64, static_cast<uint32_t>(dst), 0, static_cast<uint32_t>(off)));
        } else {
            enc(vm::encode_abc(Op::ADDPTR, static_cast<uint32_t>(dst), 0, 0));
            enc(static_cast<uint32_t>(off));
            enc(vm::encode_abc(Op::LOAD_64, static_cast<uint32_t>(dst), static_cast<uint32_t>(dst), 0));
        }
    };
    int k = 0;
    if (fn_reg >= 0)
        for (int i = 0; i < fn_slots; i++)
            load_word(1 + i, k++);
    for (int i = 0; i < nargs; i++)
        load_word(w + i, k++);
    if (fn_reg >= 0) // CALLFUNC w 1 0 (and any call by a value in R[1..]: ABC with C = index)
        enc(vm::encode_abc(call_op, w, 1, index));
    else
        enc(vm::encode_abx(call_op, w, index));
    enc(vm::encode_abc(Op::RET, 0, 0, 0));
    // The deferred call's closure.
    int r = alloc_ptr();
    if (count == 0) {
        abx(Op::LOADFUNC, r, tindex);
    } else {
        if (count > 255) {
            unsupported(Pos { m_line, 1 }, "a deferred call with this many arguments");
            return r;
        }
        abc(Op::CLOSURE, r, first, count);
        ext(M.types.closure_type(static_cast<uint32_t>(count)));
        ext(tindex);
    }
    return r;
}

// `defer close(ch)`, `defer println(x)`, `defer delete(m, k)`, `defer panic(v)` (and `go` of
// the same): the operands are evaluated now into the closure's words; the thunk loads them into registers
// that stand for synthesized variables and compiles the same built-in call over those variables.
int FnCompiler::builtin_thunk(CallExpr* c, bool defer)
{
    std::vector<int> regs(c->args.size(), -1);
    int first = m_free;
    for (size_t i = 0; i < c->args.size(); i++) {
        Expr* a = c->args[i];
        if (a->mode == ExprMode::Constant || a->mode == ExprMode::TypeExpr || is_nil(a) || !a->type)
            continue;
        regs[i] = alloc_type(a->type);
        if (is_aggregate(a->type)) {
            int v = expr_owned(a);
            abc(Op::MOVE, regs[i], v, 0);
            m_free = regs[i] + 1;
        } else {
            expr_value_to(a, regs[i], a->type);
        }
    }
    int count = m_free - first;
    vm::Function* t = M.new_function();
    auto tindex = static_cast<uint32_t>(M.module->functions.size() - 1);
    t->name = defer ? fmt::format("{}.deferwrap{}", F->name, ++m_deferwrap_count)
                    : fmt::format("{}.gowrap{}", F->name, ++m_gowrap_count);
    t->decl_line = m_line;
    t->defer_thunk = defer;
    {
        FnCompiler tc(M, t);
        tc.m_line = m_line;
        tc.m_context = tc.alloc_ptr(); // R[0]: no parameters
        CallExpr copy(*c);
        int k = 0;
        for (size_t i = 0; i < c->args.size(); i++) {
            if (regs[i] < 0)
                continue;
            const Type* at = c->args[i]->type;
            int r = tc.alloc_type(at);
            for (int j = 0; j < slot_count(at); j++, k++)
                tc.abc(Op::LOAD_64, r + j, tc.m_context, 8 * (k + 1));
            auto* v
                = M.synth_vars
                      .emplace_back(std::make_unique<types::Var>(c->pos, M.pkg, "arg", const_cast<Type*>(at)))
                      .get();
            auto* n = M.synth_names.emplace_back(std::make_unique<Name>(c->pos, "arg")).get();
            n->object = v;
            n->type = at;
            n->mode = ExprMode::Variable;
            tc.m_vars[v] = VarLoc { VarLoc::Reg, r, 0 };
            copy.args[i] = n;
        }
        tc.set_line(c->pos);
        tc.builtin_to(&copy, -1);
        tc.abc(Op::RET, 0, 0, 0);
        tc.finish_synthetic();
    }
    int r = alloc_ptr();
    if (count == 0) {
        abx(Op::LOADFUNC, r, tindex);
    } else if (count > 31) {
        unsupported(c->pos, "a deferred call with this many arguments");
    } else {
        abc(Op::CLOSURE, r, first, count);
        ext(M.types.closure_type(static_cast<uint32_t>(count)));
        ext(tindex);
    }
    return r;
}

// The frame of a compiler-made function (wrappers, thunks): size, pointer map, entry zeroing.
void FnCompiler::finish_synthetic()
{
    touch(static_cast<int>(m_params) + 1);
    F->num_slots = static_cast<uint32_t>(std::max(m_max, 1));
    F->ptrmap.assign((F->num_slots + 63) / 64 + 1, 0);
    for (uint32_t i = 0; i < F->num_slots; i++)
        if (m_ptr[i]) {
            F->ptrmap[i / 64] |= uint64_t { 1 } << (i % 64);
            if (i >= m_params && static_cast<int>(i) != m_context)
                F->zero_on_entry.push_back(static_cast<uint8_t>(i));
        }
}

// `return` in a function with defers: results into the result variables, then the epilogue.
void FnCompiler::return_via_epilogue(ReturnStmt* s)
{
    int save = m_free;
    set_line(s->pos);
    auto& rv = m_sig->results->vars;
    if (!s->results.empty()) {
        // Evaluate everything first (`return b, a` with named a and b), then store.
        int n = slot_count(m_sig->results);
        int tmp;
        if (s->results.size() == 1 && rv.size() > 1) {
            tmp = call(unparen(s->results[0])->as<CallExpr>());
        } else {
            tmp = alloc(n);
            int at = tmp;
            for (size_t i = 0; i < rv.size() && i < s->results.size(); i++) {
                const Type* t = rv[i]->type;
                mark_type(at, t);
                int m = m_free;
                if (is_aggregate(t)) {
                    int r = expr_owned(s->results[i]);
                    abc(Op::MOVE, at, r, 0);
                } else {
                    expr_value_to(s->results[i], at, t);
                }
                m_free = m;
                at += slot_count(t);
            }
        }
        int at = tmp;
        for (size_t i = 0; i < rv.size(); i++) {
            const Type* t = rv[i]->type;
            if (m_result_area >= 0) {
                move(t, m_result_area + (at - tmp), at);
            } else {
                auto it = m_vars.find(rv[i]);
                if (it != m_vars.end()) {
                    LValue lv;
                    lv.type = t;
                    lv.kind = it->second.kind == VarLoc::Reg ? LValue::Reg : LValue::Mem;
                    lv.reg = it->second.reg;
                    store_lv(lv, at);
                }
            }
            at += slot_count(t);
        }
    }
    set_line(s->pos);
    jump(m_epilogue);
    m_free = save;
}

void FnCompiler::emit_epilogue()
{
    int save = m_free;
    int n = slot_count(m_sig->results);
    int res = n ? alloc(n) : 0;
    if (n)
        mark_type(res, m_sig->results);
    int window = m_max + static_cast<int>(vm::kFrameHeader);
    touch(window);
    bind(m_epilogue);
    F->defer_epilogue = pc();
    abc(Op::RUNDEFER, window, 0, 0);
    if (n == 0) {
        abc(Op::RET, 0, 0, 0);
        m_free = save;
        return;
    }
    if (m_result_area >= 0) {
        abc(Op::RET, m_result_area, n, 0);
        m_free = save;
        return;
    }
    int at = res;
    for (auto* v : m_sig->results->vars) {
        LValue lv;
        lv.type = v->type;
        auto it = m_vars.find(v);
        if (it != m_vars.end()) {
            lv.kind = it->second.kind == VarLoc::Reg ? LValue::Reg : LValue::Mem;
            lv.reg = it->second.reg;
            load_lv(lv, at);
        } else {
            zero_value(v->type, at);
        }
        at += slot_count(v->type);
    }
    abc(Op::RET, res, n, 0);
    m_free = save;
}

void FnCompiler::recover_to(int dst)
{
    M.uses_recover = true;
    abc(Op::RECOVER, dst, 0, 0);
}

} // namespace vitro::lang::codegen

namespace vitro::lang::codegen {

namespace {

const types::Signature* method_signature(types::Object* iface_type, std::string_view method)
{
    if (!iface_type || iface_type->kind() != types::ObjectKind::TypeName || !iface_type->type)
        return nullptr;
    auto* u = types::under(iface_type->type);
    if (u->kind() != types::TypeKind::Interface)
        return nullptr;
    for (types::Func* f : types::interface_methods(const_cast<types::Interface*>(u->as<types::Interface>())))
        if (f->name == method)
            return f->signature();
    return nullptr;
}

} // namespace

// The dynamic types of recovered run-time errors (vm/panic.cpp, Runtime::error_value), made
// when the program calls recover(): string-shaped named types holding the Error() text, with
// Go's names and methods Error (the receiver itself) and RuntimeError, so that fmt, %T,
// r.(error) and r.(runtime.Error) behave as in Go.
void ModuleCompiler::add_runtime_error_types()
{
    types::Object* error_obj = pkg->scope->lookup_parent("error");
    const types::Signature* error_sig = method_signature(error_obj, "Error");
    const types::Signature* rt_sig = nullptr;
    for (types::Package* p : pkg->imports)
        if (p->path == "runtime")
            rt_sig = method_signature(p->scope->lookup("Error"), "RuntimeError");
    if (!error_sig)
        return;
    auto make_fn = [&](const std::string& name, uint32_t results) {
        vm::Function* f = new_function();
        f->name = name;
        f->param_slots = 2;
        f->result_slots = results;
        f->num_slots = 3;
        f->ptrmap.assign(2, 0);
        f->ptrmap[0] = 1; // slot 0: the string's pointer word
        f->code.push_back(vm::encode_abc(Op::RET, 0, results, 0));
        return static_cast<uint32_t>(module->functions.size() - 1);
    };
    const gc::Type* str = types.get(error_sig->results->vars[0]->type);
    for (const char* name : { "runtime.boundsError", "runtime.errorString", "runtime.plainError",
             "*runtime.TypeAssertionError" }) {
        auto* t = module->arena.make<gc::Type>();
        *t = *str;
        t->name = name;
        t->flags |= gc::kTypeNamed;
        std::string base = name[0] == '*' ? std::string("runtime.(") + name + ")" : name;
        uint32_t err = make_fn(base + ".Error", 2);
        // Through an interface the receiver is the box's address: load the string, return it.
        vm::Function* boxed = new_function();
        boxed->name = base + ".Error";
        boxed->param_slots = 1;
        boxed->result_slots = 2;
        boxed->num_slots = 3;
        boxed->ptrmap.assign(1, 1); // slot 0: the box pointer, then the string's pointer word
        boxed->code.push_back(vm::encode_abc(Op::LOAD_2, 0, 0, 0));
        boxed->code.push_back(vm::encode_abc(Op::RET, 0, 2, 0));
        auto err_iface = static_cast<uint32_t>(module->functions.size() - 1);
        auto* ms = static_cast<gc::Method*>(module->arena.allocate(sizeof(gc::Method) * 2, 8));
        size_t n = 0;
        new (&ms[n++]) gc::Method { "Error", types.func_type(error_sig), err, false, err_iface };
        if (rt_sig) {
            uint32_t rt = make_fn(base + ".RuntimeError", 0);
            new (&ms[n++]) gc::Method { "RuntimeError", types.func_type(rt_sig), rt, false, rt };
        }
        t->methods = std::span<const gc::Method>(ms, n);
        module->types.push_back(t);
    }
}

} // namespace vitro::lang::codegen
