// lang/types/assign.cpp — assignments and initializations: single and multiple values, comma-ok
// forms, `:=`, and return values (types2 assignments.go).
#include "lang/types/checker.h"

#include <unordered_set>

namespace vitro::lang::types {

namespace {

Expr* unparen(Expr* e)
{
    while (e->kind == NodeKind::ParenExpr)
        e = e->as<ParenExpr>()->x;
    return e;
}

std::string measure(size_t n, std::string_view unit)
{
    return fmt::format("{} {}{}", n, unit, n == 1 ? "" : "s");
}

} // namespace

void Checker::assignment(Operand& x, Type* t, std::string_view context)
{
    single_value(x);
    switch (x.mode) {
    case Mode::Invalid:
        return;
    case Mode::Constant:
    case Mode::Variable:
    case Mode::MapIndex:
    case Mode::Value:
    case Mode::NilValue:
    case Mode::CommaOk:
        break;
    default:
        error_at(x, fmt::format("cannot assign {} to {} in {}", operand_string(x), type_string(t), context));
        x.mode = Mode::Invalid;
        return;
    }
    if (is_untyped(x.type)) {
        Type* target = t;
        if (x.is_nil()) {
            if (t == nullptr) {
                error_at(x, fmt::format("use of untyped nil in {}", context));
                x.mode = Mode::Invalid;
                return;
            }
        } else if (t == nullptr || is_interface(t)) {
            target = default_type(x.type);
        }
        std::optional<Constant> val;
        ConvError code;
        Type* new_type = implicit_type_and_value(x, target, &val, &code);
        if (code != ConvError::None) {
            std::string msg = fmt::format(
                "cannot use {} as {} value in {}", operand_string(x), type_string(target), context);
            if (code == ConvError::TruncatedFloat)
                msg += " (truncated)";
            else if (code == ConvError::NumericOverflow)
                msg += " (overflows)";
            error_at(x, std::move(msg));
            x.mode = Mode::Invalid;
            return;
        }
        if (val) {
            x.val = *val;
            update_expr_val(x.expr, x.val);
        }
        if (new_type != x.type) {
            x.type = new_type;
            update_expr_type(x.expr, new_type, false);
        }
    }
    if (t == nullptr)
        return;
    std::string reason;
    if (!assignable_to(x, t, &reason)) {
        if (!reason.empty())
            error_at(x,
                fmt::format("cannot use {} as type {} in {}:\n\t{}", operand_string(x), type_string(t),
                    context, reason));
        else
            error_at(
                x, fmt::format("cannot use {} as type {} in {}", operand_string(x), type_string(t), context));
        x.mode = Mode::Invalid;
    }
}

void Checker::init_const(Const* lhs, Operand& x)
{
    if (x.invalid() || is_invalid(x.type) || (lhs->type && is_invalid(lhs->type))) {
        if (lhs->type == nullptr)
            lhs->type = invalid_type();
        return;
    }
    if (x.mode != Mode::Constant) {
        error_at(x, fmt::format("{} is not constant", operand_string(x)));
        if (lhs->type == nullptr)
            lhs->type = invalid_type();
        return;
    }
    if (lhs->type == nullptr)
        lhs->type = x.type;
    assignment(x, lhs->type, "constant declaration");
    if (x.invalid())
        return;
    lhs->val = x.val;
}

Type* Checker::init_var(Var* lhs, Operand& x, std::string_view context)
{
    if (x.invalid() || is_invalid(x.type) || (lhs->type && is_invalid(lhs->type))) {
        if (lhs->type == nullptr)
            lhs->type = invalid_type();
        lhs->used = true; // avoid follow-on "declared but not used" errors
        return nullptr;
    }
    if (lhs->type == nullptr) {
        Type* t = x.type;
        if (is_untyped(t)) {
            if (t->as<Basic>()->basic_kind == BasicKind::UntypedNil) {
                error_at(x, fmt::format("use of untyped nil in {}", context));
                lhs->type = invalid_type();
                return nullptr;
            }
            t = default_type(t);
        }
        lhs->type = t;
    }
    assignment(x, lhs->type, context);
    if (x.invalid()) {
        lhs->used = true;
        return nullptr;
    }
    return x.type;
}

Type* Checker::assign_var(Expr* lhs, Operand& x)
{
    if (x.invalid() || is_invalid(x.type)) {
        use(lhs);
        return nullptr;
    }
    Expr* inner = unparen(lhs);
    Name* ident = inner->kind == NodeKind::Name ? inner->as<Name>() : nullptr;
    if (ident && ident->value == "_") {
        ident->object = nullptr;
        assignment(x, nullptr, "assignment to _ identifier");
        return x.invalid() ? nullptr : x.type;
    }
    // An assignment to a variable is not a use of it: restore its flag afterwards.
    Var* v = nullptr;
    bool v_used = false;
    if (ident) {
        if (Object* obj = m_env.scope->lookup_parent(ident->value);
            obj && obj->kind() == ObjectKind::Var && obj->pkg == m_pkg) {
            v = obj->as<Var>();
            v_used = v->used;
        }
    }
    Operand z;
    expr(z, lhs);
    if (v)
        v->used = v_used;
    if (z.invalid() || is_invalid(z.type))
        return nullptr;
    if (z.mode != Mode::Variable && z.mode != Mode::MapIndex) {
        if (z.expr->kind == NodeKind::SelectorExpr) {
            Operand op;
            expr(op, z.expr->as<SelectorExpr>()->x);
            if (op.mode == Mode::MapIndex) {
                error_at(z, fmt::format("cannot assign to struct field {} in map", expr_string(z.expr)));
                return nullptr;
            }
        }
        error_at(z, fmt::format("cannot assign to {}", operand_string(z)));
        return nullptr;
    }
    assignment(x, z.type, "assignment");
    return x.invalid() ? nullptr : x.type;
}

std::string Checker::types_summary(const std::vector<Type*>& list, bool variadic)
{
    std::string out = "(";
    for (size_t i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ", ";
        Type* t = list[i];
        if (t == nullptr || is_invalid(t)) {
            out += "<T>";
        } else if (is_untyped(t)) {
            if (is_numeric(t)) {
                out += "number";
            } else {
                std::string_view name = t->as<Basic>()->name;
                out += name.substr(name.find(' ') + 1); // "untyped string" -> "string"
            }
        } else if (variadic && i + 1 == list.size() && t->kind() == TypeKind::Slice) {
            out += "..." + type_string(t->as<Slice>()->elem);
        } else {
            out += type_string(t);
        }
    }
    return out + ")";
}

void Checker::assign_error(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals)
{
    std::string vars = measure(nvars, "variable");
    std::string vals = measure(nvals, "value");
    Expr* rhs0 = rhs[0];
    if (rhs.size() == 1) {
        if (Expr* call = unparen(rhs0); call->kind == NodeKind::CallExpr) {
            error_at(rhs0,
                fmt::format("assignment mismatch: {} but {} returns {}", vars,
                    expr_string(call->as<CallExpr>()->fun), vals));
            return;
        }
    }
    error_at(rhs0, fmt::format("assignment mismatch: {} but {}", vars, vals));
}

void Checker::return_count_error(Node* at, bool too_many, std::vector<Operand>& rhs, std::vector<Var*>& lhs)
{
    std::vector<Type*> have, want;
    for (Operand& x : rhs)
        have.push_back(x.type);
    for (Var* v : lhs)
        want.push_back(v->type);
    error(go_start_pos(at),
        fmt::format("{} return values\n\thave {}\n\twant {}", too_many ? "too many" : "not enough",
            types_summary(have, false), types_summary(want, false)));
}

void Checker::init_vars(std::vector<Var*>& lhs, const std::vector<Expr*>& orig_rhs, ReturnStmt* ret)
{
    bool comma_ok = false;
    std::vector<Operand> rhs = expr_list(orig_rhs, lhs.size() == 2 && ret == nullptr, &comma_ok);
    if (lhs.size() != rhs.size()) {
        for (Var* v : lhs) {
            v->used = true;
            if (v->type == nullptr)
                v->type = invalid_type();
        }
        for (Operand& x : rhs)
            if (x.invalid())
                return;
        if (ret) {
            Node* at = ret;
            bool too_many = rhs.size() > lhs.size();
            if (too_many)
                at = rhs[lhs.size()].expr;
            else if (!rhs.empty())
                at = rhs.back().expr;
            return_count_error(at, too_many, rhs, lhs);
            return;
        }
        assign_error(orig_rhs, lhs.size(), rhs.size());
        return;
    }
    std::string_view context = ret ? "return statement" : "assignment";
    if (comma_ok) {
        for (size_t i = 0; i < 2; ++i)
            init_var(lhs[i], rhs[i], context);
        return;
    }
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); ++i)
        if (init_var(lhs[i], rhs[i], context) == nullptr)
            ok = false;
    if (!ok)
        for (Var* v : lhs)
            v->used = true;
}

void Checker::assign_vars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& orig_rhs)
{
    bool comma_ok = false;
    std::vector<Operand> rhs = expr_list(orig_rhs, lhs.size() == 2, &comma_ok);
    if (lhs.size() != rhs.size()) {
        use_list(lhs);
        for (Operand& x : rhs)
            if (x.invalid())
                return;
        assign_error(orig_rhs, lhs.size(), rhs.size());
        return;
    }
    if (comma_ok) {
        for (size_t i = 0; i < 2; ++i)
            assign_var(lhs[i], rhs[i]);
        return;
    }
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); ++i)
        if (assign_var(lhs[i], rhs[i]) == nullptr)
            ok = false;
    if (!ok) {
        for (Expr* l : lhs) {
            Expr* e = unparen(l);
            if (e->kind != NodeKind::Name)
                continue;
            Object* obj = m_env.scope->lookup_parent(e->as<Name>()->value);
            if (obj && obj->kind() == ObjectKind::Var && obj->pkg == m_pkg)
                obj->as<Var>()->used = true;
        }
    }
}

void Checker::short_var_decl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs)
{
    size_t top = m_delayed.size();
    Scope* scope = m_env.scope;
    std::unordered_set<std::string_view> seen;
    std::vector<Var*> lhs_vars(lhs.size(), nullptr);
    std::vector<std::pair<Var*, Name*>> new_vars;
    bool has_err = false;
    for (size_t i = 0; i < lhs.size(); ++i) {
        Expr* l = lhs[i];
        if (l->kind != NodeKind::Name) {
            use(l);
            error_at(l, fmt::format("non-name {} on left side of :=", expr_string(l)));
            has_err = true;
            continue;
        }
        auto* ident = l->as<Name>();
        std::string_view name = ident->value;
        if (name != "_") {
            if (!seen.insert(name).second) {
                error_at(l, fmt::format("{} repeated on left side of :=", name));
                has_err = true;
                continue;
            }
        }
        if (Object* alt = scope->lookup(name)) {
            ident->object = alt;
            if (alt->kind() == ObjectKind::Var) {
                lhs_vars[i] = alt->as<Var>();
            } else {
                error_at(l, fmt::format("cannot assign to {}", expr_string(l)));
                has_err = true;
            }
            continue;
        }
        auto* obj = make<Var>(ident->pos, m_pkg, name, nullptr);
        lhs_vars[i] = obj;
        if (name != "_")
            new_vars.push_back({ obj, ident });
        ident->object = obj;
    }
    for (size_t i = 0; i < lhs_vars.size(); ++i)
        if (lhs_vars[i] == nullptr)
            lhs_vars[i] = make<Var>(lhs[i]->pos, m_pkg, "_", nullptr);
    init_vars(lhs_vars, rhs, nullptr);
    process_delayed(top);
    if (new_vars.empty() && !has_err) {
        error(pos, "no new variables on left side of :=");
        return;
    }
    for (auto& [obj, ident] : new_vars)
        declare(scope, nullptr, obj);
}

} // namespace vitro::lang::types
