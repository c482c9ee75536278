// lang/types/stmt.cpp — function bodies and statements, unused variables (types2 stmt.go).
#include "lang/types/checker.h"

#include <algorithm>

namespace vitro::lang::types {

namespace {

Expr* unparen(Expr* e)
{
    while (e && e->kind == NodeKind::ParenExpr)
        e = e->as<ParenExpr>()->x;
    return e;
}

} // namespace

void Checker::func_body(DeclInfo* decl, Signature* sig, BlockStmt* body, const Constant* iota)
{
    Env saved = m_env;
    m_env = Env {};
    m_env.decl = decl;
    m_env.scope = sig->scope;
    m_env.iota = iota;
    m_env.sig = sig;
    check_branches(body);
    stmt_list(0, body->stmts);
    if (sig->results->len() > 0 && !is_terminating(body, ""))
        error(body->rbrace, "missing return");
    usage(sig->scope);
    m_env = saved;
}

void Checker::usage(Scope* root)
{
    std::vector<Scope*> todo { root }; // explicit stack: scopes can nest deeply (else-if chains)
    while (!todo.empty()) {
        Scope* scope = todo.back();
        todo.pop_back();
        std::vector<Var*> unused;
        for (Object* o : scope->elems)
            if (o->kind() == ObjectKind::Var && !o->as<Var>()->used)
                unused.push_back(o->as<Var>());
        std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
        for (Var* v : unused)
            error(v->pos, fmt::format("{} declared but not used", v->name));
        for (size_t i = scope->children.size(); i > 0; --i)
            if (!scope->children[i - 1]->is_func)
                todo.push_back(scope->children[i - 1]);
    }
}

void Checker::open_scope()
{
    m_env.scope = make<Scope>(m_env.scope, false);
}

void Checker::close_scope()
{
    m_env.scope = m_env.scope->parent;
}

void Checker::stmt_list(uint32_t ctxt, const std::vector<Stmt*>& list)
{
    bool ok = (ctxt & kFallthroughOk) != 0;
    uint32_t inner = ctxt & ~kFallthroughOk;
    size_t n = list.size();
    while (n > 0 && list[n - 1]->kind == NodeKind::EmptyStmt)
        --n; // trailing empty statements are invisible to fallthrough analysis
    for (size_t i = 0; i < n; ++i) {
        uint32_t c = inner;
        if (ok && i + 1 == n)
            c |= kFallthroughOk;
        stmt(c, list[i]);
    }
}

void Checker::simple_stmt(Stmt* s)
{
    if (s)
        stmt(0, s);
}

void Checker::suspended_call(std::string_view keyword, Expr* call)
{
    Operand x;
    std::string_view msg;
    switch (raw_expr(x, call, nullptr)) {
    case ExprKind::Conversion:
        msg = "requires function call, not conversion";
        break;
    case ExprKind::Expression:
        msg = "discards result of";
        break;
    case ExprKind::Statement:
        return;
    }
    error_at(x, fmt::format("{} {} {}", keyword, msg, operand_string(x)));
}

void Checker::expr_stmt(ExprStmt* s)
{
    Operand x;
    ExprKind kind = raw_expr(x, s->x, nullptr);
    std::string_view msg;
    switch (x.mode) {
    case Mode::Builtin:
        msg = "must be called";
        break;
    case Mode::TypeExpr:
        msg = "is not an expression";
        break;
    default:
        if (kind == ExprKind::Statement)
            return;
        msg = "is not used";
        break;
    }
    error_at(x, fmt::format("{} {}", operand_string(x), msg));
}

void Checker::send_stmt(SendStmt* s)
{
    Operand ch, val;
    expr(ch, s->chan);
    expr(val, s->value);
    if (ch.invalid() || val.invalid())
        return;
    Type* u = under(ch.type);
    if (u->kind() != TypeKind::Chan) {
        error_at(s, fmt::format("invalid operation: cannot send to non-channel {}", operand_string(ch)));
        return;
    }
    if (u->as<Chan>()->dir == ChanDir::Recv) {
        error_at(
            s, fmt::format("invalid operation: cannot send to receive-only channel {}", operand_string(ch)));
        return;
    }
    assignment(val, u->as<Chan>()->elem, "send");
}

void Checker::assign_stmt(AssignStmt* s)
{
    switch (s->assign_kind) {
    case AssignKind::IncDec: {
        if (s->lhs.size() != 1)
            return;
        Operand x;
        expr(x, s->lhs[0]);
        if (x.invalid())
            return;
        if (!is_numeric(x.type)) {
            std::string_view op = op_string(s->op);
            error_at(s->lhs[0],
                fmt::format("invalid operation: {}{}{} (non-numeric type {})", expr_string(s->lhs[0]), op, op,
                    type_string(x.type)));
            return;
        }
        assign_var(s->lhs[0], x);
        return;
    }
    case AssignKind::Assign:
        assign_vars(s->lhs, s->rhs);
        return;
    case AssignKind::Define:
        short_var_decl(s->pos, s->lhs, s->rhs);
        return;
    case AssignKind::OpAssign: {
        if (s->lhs.size() != 1 || s->rhs.size() != 1) {
            error_at(s,
                fmt::format("assignment operation {} requires single-valued expressions", op_string(s->op)));
            return;
        }
        Operand x;
        binary(x, nullptr, s->lhs[0], s->rhs[0], s->op);
        assign_var(s->lhs[0], x);
        return;
    }
    }
}

void Checker::return_stmt(ReturnStmt* s)
{
    Tuple* res = m_env.sig->results;
    if (s->results.empty() && res->len() > 0 && !res->vars[0]->name.empty()) {
        for (Var* obj : res->vars) {
            Object* alt = m_env.scope->lookup_parent(obj->name);
            if (alt && alt != obj) {
                error_at(s,
                    fmt::format("result parameter {} not in scope at return\n\t{}: inner declaration of "
                                "var {} {}",
                        obj->name, pos_string(alt->pos), obj->name, alt->type ? type_string(alt->type) : ""));
            }
        }
        return;
    }
    init_vars(res->vars, s->results, s);
}

// An `else if` chain is checked in a loop rather than by recursion (the parser does not
// bound its length); scopes nest and delayed actions run exactly as the recursive form would.
void Checker::if_stmt(uint32_t inner, IfStmt* s)
{
    std::vector<size_t> tops; // delayed-action marks of the nested else-if statements
    for (;;) {
        open_scope();
        simple_stmt(s->init);
        if (s->cond) {
            Operand x;
            expr(x, s->cond);
            if (!x.invalid() && !is_boolean(x.type))
                error_at(s->cond, "non-boolean condition in if statement");
        }
        if (s->then)
            stmt(inner, s->then);
        if (s->else_ && s->else_->kind == NodeKind::IfStmt) {
            tops.push_back(m_delayed.size());
            s = s->else_->as<IfStmt>();
            continue;
        }
        if (s->else_)
            stmt(inner, s->else_);
        break;
    }
    close_scope();
    for (size_t i = tops.size(); i > 0; --i) {
        process_delayed(tops[i - 1]);
        close_scope();
    }
}

void Checker::for_stmt(uint32_t inner, ForStmt* s)
{
    inner |= kBreakOk | kContinueOk;
    if (s->init && s->init->kind == NodeKind::RangeClause) {
        range_stmt(inner, s, s->init->as<RangeClause>());
        return;
    }
    open_scope();
    simple_stmt(s->init);
    if (s->cond) {
        Operand x;
        expr(x, s->cond);
        if (!x.invalid() && !is_boolean(x.type))
            error_at(s->cond, "non-boolean condition in for statement");
    }
    simple_stmt(s->post);
    if (s->post && s->post->kind == NodeKind::AssignStmt
        && s->post->as<AssignStmt>()->assign_kind == AssignKind::Define)
        use_list(s->post->as<AssignStmt>()->lhs); // avoid follow-up errors
    if (s->body)
        stmt(inner, s->body);
    close_scope();
}

void Checker::select_stmt(uint32_t inner, SelectStmt* s)
{
    inner |= kBreakOk;
    CommClause* first_default = nullptr;
    for (CommClause* c : s->body) {
        if (c->comm != nullptr)
            continue;
        if (first_default)
            error_at(c, fmt::format("multiple defaults (first at {})", pos_string(first_default->pos)));
        else
            first_default = c;
    }
    for (CommClause* clause : s->body) {
        bool valid = false;
        Expr* rhs = nullptr;
        Stmt* comm = clause->comm;
        if (comm == nullptr || comm->kind == NodeKind::SendStmt) {
            valid = true;
        } else if (comm->kind == NodeKind::AssignStmt) {
            if (comm->as<AssignStmt>()->rhs.size() == 1)
                rhs = comm->as<AssignStmt>()->rhs[0];
        } else if (comm->kind == NodeKind::ExprStmt) {
            rhs = comm->as<ExprStmt>()->x;
        }
        if (rhs) {
            Expr* r = unparen(rhs);
            if (r->kind == NodeKind::Operation && r->as<Operation>()->y == nullptr
                && r->as<Operation>()->op == Op::Recv)
                valid = true;
        }
        if (!valid) {
            error_at(comm, "select case must be send or receive (possibly with assignment)");
            continue;
        }
        open_scope();
        if (comm)
            stmt(inner, comm);
        stmt_list(inner, clause->body);
        close_scope();
    }
}

void Checker::stmt(uint32_t ctxt, Stmt* s)
{
    size_t top = m_delayed.size();
    uint32_t inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
    switch (s->kind) {
    case NodeKind::EmptyStmt:
        break;
    case NodeKind::DeclStmt:
        decl_stmt(s->as<DeclStmt>()->decls);
        break;
    case NodeKind::LabeledStmt:
        stmt(ctxt, s->as<LabeledStmt>()->stmt);
        break;
    case NodeKind::ExprStmt:
        expr_stmt(s->as<ExprStmt>());
        break;
    case NodeKind::SendStmt:
        send_stmt(s->as<SendStmt>());
        break;
    case NodeKind::AssignStmt:
        assign_stmt(s->as<AssignStmt>());
        break;
    case NodeKind::CallStmt: {
        auto* c = s->as<CallStmt>();
        std::string_view kw = c->call_kind == CallKind::Go ? "go" : "defer";
        Expr* call = c->call;
        if (call->kind == NodeKind::ParenExpr) {
            error(call->pos, fmt::format("expression in {} must not be parenthesized", kw));
            call = unparen(call);
        }
        if (call->kind != NodeKind::CallExpr) {
            error(call->pos, fmt::format("expression in {} must be function call", kw));
            use(call);
            break;
        }
        suspended_call(kw, call);
        break;
    }
    case NodeKind::ReturnStmt:
        return_stmt(s->as<ReturnStmt>());
        break;
    case NodeKind::BranchStmt:
        break; // checked by check_branches
    case NodeKind::BlockStmt:
        open_scope();
        stmt_list(inner, s->as<BlockStmt>()->stmts);
        close_scope();
        break;
    case NodeKind::IfStmt:
        if_stmt(inner, s->as<IfStmt>());
        break;
    case NodeKind::SwitchStmt: {
        auto* sw = s->as<SwitchStmt>();
        inner |= kBreakOk;
        open_scope();
        simple_stmt(sw->init);
        if (sw->tag && sw->tag->kind == NodeKind::TypeSwitchGuard)
            type_switch_stmt(inner | kInTypeSwitch, sw, sw->tag->as<TypeSwitchGuard>());
        else
            switch_stmt(inner, sw);
        close_scope();
        break;
    }
    case NodeKind::SelectStmt:
        select_stmt(inner, s->as<SelectStmt>());
        break;
    case NodeKind::ForStmt:
        for_stmt(inner, s->as<ForStmt>());
        break;
    default:
        error_at(s, "invalid statement");
        break;
    }
    process_delayed(top);
}

bool Checker::is_nil_expr(Expr* e)
{
    e = unparen(e);
    if (e->kind != NodeKind::Name)
        return false;
    Object* obj = m_env.scope->lookup_parent(e->as<Name>()->value);
    return obj && obj->kind() == ObjectKind::Nil;
}

void Checker::multiple_defaults(const std::vector<CaseClause*>& body)
{
    CaseClause* first = nullptr;
    for (CaseClause* c : body) {
        if (!c->is_default)
            continue;
        if (first)
            error_at(c, fmt::format("multiple defaults (first at {})", pos_string(first->pos)));
        else
            first = c;
    }
}

} // namespace vitro::lang::types
