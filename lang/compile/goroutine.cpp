// lang/compile/goroutine.cpp — go statements, channel operations (make, send, receive,
// comma-ok receive, close, len/cap), for-range over a channel, and select.
//
// Design: `go f(args)` evaluates the func value and the arguments in the caller with call()
// itself, exactly as a call would, into consecutive registers and emits GO (vm/opcodes.def);
// a method call passes the method's static closure with the receiver as the first argument.
// A native function or method, or an interface method, runs in the new goroutine through a
// thunk holding the call's words (defer.cpp's call_thunk), as do built-ins (`go close(ch)`).
// Channel operations are one instruction each; the VM parks the goroutine inside them and the
// partner writes the results into the registers, so the code after them needs no special form. select
// evaluates every channel and every value to send in source order into a case table of 3 slots per case
// {chan, kind, value register} and emits SELECT, then branches on the chosen index.
// Go counterpart: cmd/compile/internal/walk/select.go, order.go (go statements).
#include "lang/compile/internal.h"

namespace vitro::lang::codegen {

using types::TypeKind;

namespace {

// SELECT's case kinds and size limit (vm/chan.h: kSelectSend, kSelectRecv, kMaxSelectCases).
constexpr int32_t kSelectSend = 1;
constexpr int32_t kSelectRecv = 2;
constexpr int kMaxSelectCases = 85;

const types::Chan* chan_of(const Type* t)
{
    return types::under(default_type(t))->as<types::Chan>();
}

const types::Var* var_of(Expr* e)
{
    e = unparen(e);
    if (e->kind != NodeKind::Name)
        return nullptr;
    auto* obj = e->as<Name>()->object;
    return obj && obj->kind() == types::ObjectKind::Var ? obj->as<types::Var>() : nullptr;
}

bool is_recv(Expr* e)
{
    e = unparen(e);
    return e && e->kind == NodeKind::Operation && e->as<Operation>()->op == lang::Op::Recv
        && !e->as<Operation>()->y;
}

} // namespace

void FnCompiler::go_stmt(CallStmt* s)
{
    Expr* x = unparen(s->call);
    if (x->kind != NodeKind::CallExpr) {
        unsupported(s->pos, "this go statement");
        return;
    }
    auto* c = x->as<CallExpr>();
    Expr* fun = unparen(c->fun);
    int save = m_free;
    if (fun->mode == ExprMode::TypeExpr) {
        unsupported(s->pos, "go of a conversion");
        return;
    }
    if (fun->mode == ExprMode::Builtin) {
        int r = builtin_thunk(c, false); // defer.cpp
        set_line(s->pos);
        abc(Op::GO, r, r, 0);
        m_free = save;
        return;
    }
    m_going = true;
    call(c); // evaluates the function value and the arguments, then emit_go
    m_going = false;
    m_free = save;
}

// Called by call() in place of the call instruction for a go statement: the window
// R[base..base+nargs) holds the arguments (a method's receiver first). A script function
// or func value starts directly; a native or an interface method through a thunk.
void FnCompiler::emit_go(int base, int nargs, int nres, int fn_reg, int iface_reg, Op call_op, uint32_t index)
{
    m_free = base + std::max(nargs, nres);
    if (call_op == Op::CALL) {
        int fv = alloc_ptr();
        abx(Op::LOADFUNC, fv, index);
        abc(Op::GO, base, fv, nargs);
    } else if (call_op == Op::CALLFUNC) {
        abc(Op::GO, base, fn_reg, nargs);
    } else {
        int r = iface_reg >= 0 ? call_thunk(base, nargs, nres, iface_reg, 2, Op::CALLIFACE, index, false)
                               : call_thunk(base, nargs, nres, -1, 1, call_op, index, false);
        abc(Op::GO, r, r, 0);
    }
}

void FnCompiler::send_stmt(SendStmt* s)
{
    int save = m_free;
    const Type* elem = chan_of(s->chan->type)->elem;
    int c = alloc_ptr();
    expr_to(s->chan, c);
    int v = alloc_type(elem);
    expr_value_to(s->value, v, elem);
    set_line(s->pos);
    abc(Op::SEND, c, v, 0);
    m_free = save;
}

void FnCompiler::recv_to(Operation* e, int dst)
{
    int save = m_free;
    int c = expr(e->x);
    set_line(e->pos);
    abc(Op::RECV, dst, c, 0);
    m_free = save;
}

// v, ok := <-c: the value and ok in consecutive registers.
int FnCompiler::recv_comma_ok(Expr* rhs)
{
    auto* e = unparen(rhs)->as<Operation>();
    const Type* elem = chan_of(e->x->type)->elem;
    int c = expr(e->x);
    int v = alloc_type(elem);
    alloc(1); // ok
    set_line(e->pos);
    abc(Op::RECV, v, c, 1);
    return v;
}

bool FnCompiler::is_recv_expr(Expr* e) const
{
    return is_recv(e);
}

void FnCompiler::range_chan(RangeClause* r, BlockStmt* body, Label& top, Label& cont, Label& exit, Pos pos)
{
    const Type* elem = chan_of(r->x->type)->elem;
    int c = alloc_ptr();
    expr_to(r->x, c);
    int v = alloc_type(elem);
    int ok = alloc(1);
    bind(top);
    bind(cont);
    set_line(r->pos);
    abc(Op::RECV, v, c, 1);
    jump_bool(Op::JF, ok, exit);
    range_assign(r, 0, v, true);
    block(body);
    set_line(pos);
    loop_to(top);
    bind(exit);
}

bool FnCompiler::chan_builtin(CallExpr* c, types::BuiltinId id, int& dst)
{
    auto need_dst = [&](const Type* t) {
        if (dst < 0)
            dst = alloc_type(t);
    };
    switch (id) {
    case types::BuiltinId::Make: {
        if (types::under(c->type)->kind() != TypeKind::Chan)
            return false;
        need_dst(c->type);
        int size = alloc(1);
        if (c->args.size() > 1)
            expr_to(c->args[1], size);
        else
            asbx(Op::LOADI, size, 0);
        set_line(c->pos);
        abc(Op::MAKECHAN, dst, size, 0);
        ext(M.types.index(c->type));
        return true;
    }
    case types::BuiltinId::Len:
    case types::BuiltinId::Cap: {
        if (types::under(default_type(c->args[0]->type))->kind() != TypeKind::Chan)
            return false;
        need_dst(c->type);
        int r = expr(c->args[0]);
        abc(Op::CHANLEN, dst, r, id == types::BuiltinId::Cap);
        return true;
    }
    case types::BuiltinId::Close: {
        int r = expr(c->args[0]);
        set_line(c->pos);
        abc(Op::CLOSE, r, 0, 0);
        return true;
    }
    default:
        return false;
    }
}

void FnCompiler::select_stmt(SelectStmt* s)
{
    int save = m_free;
    Label end;
    m_targets[s] = BranchTargets { &end, nullptr };
    std::vector<CommClause*> cases;
    CommClause* dflt = nullptr;
    for (auto* cc : s->body) {
        if (!cc->comm)
            dflt = cc;
        else
            cases.push_back(cc);
    }
    int n = static_cast<int>(cases.size());
    if (n > kMaxSelectCases || 3 * n > 200) {
        unsupported(s->pos, "a select with this many cases");
        return;
    }
    int table = alloc(std::max(2, 3 * n));
    for (int i = 0; i < n; i++)
        mark_ptr(table + 3 * i);
    // Channels and values to send, in source order.
    std::vector<int> value_regs;
    for (int i = 0; i < n; i++) {
        Stmt* comm = cases[i]->comm;
        int slot = table + 3 * i;
        if (comm->kind == NodeKind::SendStmt) {
            auto* ss = comm->as<SendStmt>();
            const Type* elem = chan_of(ss->chan->type)->elem;
            expr_to(ss->chan, slot);
            int v = alloc_type(elem);
            expr_value_to(ss->value, v, elem);
            asbx(Op::LOADI, slot + 1, kSelectSend);
            asbx(Op::LOADI, slot + 2, v);
            value_regs.push_back(v);
        } else {
            Expr* rx
                = comm->kind == NodeKind::ExprStmt ? comm->as<ExprStmt>()->x : comm->as<AssignStmt>()->rhs[0];
            auto* op = unparen(rx)->as<Operation>();
            const Type* elem = chan_of(op->x->type)->elem;
            expr_to(op->x, slot);
            int v = alloc_type(elem);
            asbx(Op::LOADI, slot + 1, kSelectRecv);
            asbx(Op::LOADI, slot + 2, v);
            value_regs.push_back(v);
        }
    }
    set_line(s->pos);
    abc(Op::SELECT, table, n, dflt ? 1 : 0);
    int idx = alloc(1);
    for (int i = 0; i <= n; i++) {
        CommClause* cc = i < n ? cases[i] : dflt;
        if (!cc)
            continue;
        Label next;
        int clause_save = m_free;
        load_int(idx, i < n ? i : -1);
        jump_cmp(Op::JNE_I64, table, idx, next);
        if (i < n && cc->comm->kind == NodeKind::AssignStmt) {
            auto* as = cc->comm->as<AssignStmt>();
            const Type* elem = chan_of(unparen(as->rhs[0])->as<Operation>()->x->type)->elem;
            int srcs[2] = { value_regs[i], table + 1 };
            const Type* types_[2] = { elem, nullptr };
            for (size_t k = 0; k < as->lhs.size() && k < 2; k++) {
                Expr* l = as->lhs[k];
                int src = srcs[k];
                if (as->assign_kind == AssignKind::Define) {
                    const types::Var* v = var_of(l);
                    if (v && v->name != "_")
                        assign_var_from(v, src, true);
                } else {
                    LValue lv = lvalue(l);
                    if (lv.kind != LValue::Blank) {
                        int t = src;
                        if (types_[k] && types::is_interface(lv.type)
                            && !types::identical(lv.type, types_[k])) {
                            t = alloc_type(lv.type);
                            assign_convert(types_[k], lv.type, src, t);
                        }
                        store_lv(lv, t);
                    }
                }
            }
        }
        stmts(cc->body);
        jump(end);
        bind(next);
        m_free = clause_save;
    }
    bind(end);
    m_free = save;
}

} // namespace vitro::lang::codegen
