// lang/types/switch.cpp — expression switches, type switches and range loops (types2 stmt.go;
// range over integers as in Go 1.22).
#include "lang/types/checker.h"

namespace vitro::lang::types {

namespace {

// goVal (stmt.go): the Go value of a constant case, as a key; empty when Go does not track
// duplicates for it (booleans, inexact floats).
std::string case_key(const Constant& v)
{
    switch (v.kind()) {
    case ConstKind::Int:
        if (auto i = v.int64_value())
            return "i" + std::to_string(*i);
        if (auto u = v.uint64_value())
            return "u" + std::to_string(*u);
        return "";
    case ConstKind::Float: {
        bool exact = false;
        double d = v.float64_value(&exact);
        return exact ? fmt::format("f{}", d) : "";
    }
    case ConstKind::String:
        return "s" + std::string(v.string_value());
    default:
        return "";
    }
}

} // namespace

void Checker::case_values(Operand& x, const std::vector<Expr*>& values,
    std::unordered_map<std::string, std::vector<std::pair<Pos, Type*>>>& seen)
{
    for (Expr* e : values) {
        Operand v;
        expr(v, e);
        if (x.invalid() || v.invalid())
            continue;
        convert_untyped(v, x.type);
        if (v.invalid())
            continue;
        Operand res = v;
        comparison(res, x, Op::Eql, true);
        if (res.invalid() || v.mode != Mode::Constant)
            continue;
        std::string key = case_key(v.val);
        if (key.empty())
            continue;
        auto& list = seen[key];
        bool dup = false;
        for (auto& [pos, t] : list) {
            if (identical(v.type, t)) {
                error_at(v,
                    fmt::format("duplicate case {} in expression switch\n\t{}: previous case",
                        operand_string(v), pos_string(pos)));
                dup = true;
                break;
            }
        }
        if (!dup)
            list.push_back({ v.expr->pos, v.type }); // types2 uses the raw position here
    }
}

void Checker::switch_stmt(uint32_t inner, SwitchStmt* s)
{
    Operand x;
    if (s->tag) {
        expr(x, s->tag);
        assignment(x, nullptr, "switch expression");
        if (!x.invalid() && !comparable(x.type) && !has_nil(x.type)) {
            error_at(x,
                fmt::format(
                    "cannot switch on {} ({} is not comparable)", operand_string(x), type_string(x.type)));
            x.mode = Mode::Invalid;
        }
    } else {
        // A missing tag means `true` (spec "Expression switches").
        x.mode = Mode::Constant;
        x.type = typ(BasicKind::Bool);
        x.val = Constant::make_bool(true);
        x.expr = make<Name>(s->body.empty() ? s->rbrace : s->body[0]->pos, "true");
    }
    multiple_defaults(s->body);
    std::unordered_map<std::string, std::vector<std::pair<Pos, Type*>>> seen;
    for (size_t i = 0; i < s->body.size(); ++i) {
        CaseClause* clause = s->body[i];
        uint32_t c = inner | (i + 1 < s->body.size() ? kFallthroughOk : kFinalSwitchCase);
        case_values(x, clause->cases, seen);
        open_scope();
        stmt_list(c, clause->body);
        close_scope();
    }
}

Type* Checker::case_types(
    Operand* x, const std::vector<Expr*>& types, std::vector<std::pair<Type*, Expr*>>& seen, bool* is_nil)
{
    Type* t = nullptr;
    *is_nil = false;
    for (Expr* e : types) {
        if (is_nil_expr(e)) {
            t = nullptr;
            *is_nil = true;
            Operand dummy;
            expr(dummy, e);
        } else {
            t = var_type(e);
            *is_nil = false;
            if (is_invalid(t))
                continue;
        }
        bool dup = false;
        for (auto& [other_t, other] : seen) {
            if ((t == nullptr && other_t == nullptr) || (t && other_t && identical(t, other_t))) {
                Pos p = go_start_pos(other);
                error_at(e,
                    fmt::format("duplicate case {} in type switch\n\t{}: previous case",
                        t ? type_string(t) : "nil", pos_string(p)));
                dup = true;
                break;
            }
        }
        if (dup)
            continue;
        seen.push_back({ t, e });
        if (x && t)
            type_assertion(e, *x, t, true);
    }
    return t;
}

void Checker::type_switch_stmt(uint32_t inner, SwitchStmt* s, TypeSwitchGuard* guard)
{
    Name* lhs = guard->lhs;
    if (lhs && lhs->value == "_") {
        error(lhs->pos, "no new variable on left side of :=");
        lhs = nullptr;
    }
    Operand x;
    expr(x, guard->x);
    if (x.invalid())
        return;
    Operand* sx = nullptr;
    if (is_interface(x.type))
        sx = &x;
    else
        error_at(x, fmt::format("{} is not an interface", operand_string(x)));
    multiple_defaults(s->body);
    std::vector<Var*> lhs_vars;
    std::vector<std::pair<Type*, Expr*>> seen;
    for (CaseClause* clause : s->body) {
        bool is_nil = false;
        Type* t = case_types(sx, clause->cases, seen, &is_nil);
        open_scope();
        if (lhs) {
            if (clause->cases.size() != 1 || t == nullptr)
                t = x.type;
            auto* obj = make<Var>(lhs->pos, m_pkg, lhs->value, t);
            declare(m_env.scope, nullptr, obj);
            clause->implicit = obj;
            lhs_vars.push_back(obj);
        }
        stmt_list(inner, clause->body);
        close_scope();
    }
    if (lhs) {
        bool used = false;
        for (Var* v : lhs_vars) {
            used = used || v->used;
            v->used = true; // avoid a usage error when the whole function is checked
        }
        if (!used)
            error(lhs->pos, fmt::format("{} declared but not used", lhs->value));
    }
}

void Checker::range_define(ForStmt* s, RangeClause* r, Operand& x, Type* key, Type* val, bool over_int)
{
    Expr* lhs[2] = { r->lhs.size() > 0 ? r->lhs[0] : nullptr, r->lhs.size() > 1 ? r->lhs[1] : nullptr };
    Type* rhs[2] = { key, val };
    std::vector<Var*> vars;
    for (int i = 0; i < 2; ++i) {
        if (lhs[i] == nullptr)
            continue;
        Var* obj;
        if (lhs[i]->kind == NodeKind::Name) {
            auto* ident = lhs[i]->as<Name>();
            obj = make<Var>(ident->pos, m_pkg, ident->value, nullptr);
            ident->object = obj;
            if (ident->value != "_")
                vars.push_back(obj);
        } else {
            error_at(lhs[i], fmt::format("cannot declare {}", expr_string(lhs[i])));
            obj = make<Var>(lhs[i]->pos, m_pkg, "_", nullptr);
        }
        if (rhs[i] == nullptr || is_invalid(rhs[i])) {
            obj->type = invalid_type();
            obj->used = true;
            continue;
        }
        if (over_int) {
            init_var(obj, x, "range clause");
        } else {
            Operand y;
            y.mode = Mode::Value;
            y.expr = lhs[i];
            y.type = rhs[i];
            init_var(obj, y, "range clause");
        }
    }
    if (vars.empty()) {
        error_at(s, "no new variables on left side of :=");
        return;
    }
    for (Var* v : vars)
        declare(m_env.scope, nullptr, v);
}

void Checker::range_stmt(uint32_t inner, ForStmt* s, RangeClause* r)
{
    Expr* s_key = r->lhs.size() > 0 ? r->lhs[0] : nullptr;
    Expr* s_value = r->lhs.size() > 1 ? r->lhs[1] : nullptr;
    Expr* s_extra = r->lhs.size() > 2 ? r->lhs[2] : nullptr;
    Operand x;
    expr(x, r->x);
    Type* key = nullptr;
    Type* val = nullptr;
    bool over_int = false;
    if (!x.invalid()) {
        std::string cause;
        Type* u = array_ptr_deref(under(x.type));
        switch (u->kind()) {
        case TypeKind::Basic:
            if (is_string(u)) {
                key = typ(BasicKind::Int);
                val = universe().rune_type;
            } else if (is_integer(u)) {
                key = x.type; // Go 1.22: range over an integer
                over_int = true;
            }
            break;
        case TypeKind::Array:
            key = typ(BasicKind::Int);
            val = u->as<Array>()->elem;
            break;
        case TypeKind::Slice:
            key = typ(BasicKind::Int);
            val = u->as<Slice>()->elem;
            break;
        case TypeKind::Map:
            key = u->as<Map>()->key;
            val = u->as<Map>()->elem;
            break;
        case TypeKind::Chan:
            key = u->as<Chan>()->elem;
            val = invalid_type();
            if (u->as<Chan>()->dir == ChanDir::Send)
                cause = "receive from send-only channel";
            break;
        default:
            break;
        }
        if (u->kind() == TypeKind::Chan || over_int) {
            if (s_value)
                error_at(s_value,
                    fmt::format("range over {} permits only one iteration variable", operand_string(x)));
        } else if (s_extra) {
            error_at(s_extra, "range clause permits at most two iteration variables");
        }
        if (key == nullptr || !cause.empty()) {
            if (cause.empty())
                error_at(x, fmt::format("cannot range over {}", operand_string(x)));
            else
                error_at(x, fmt::format("cannot range over {} ({})", operand_string(x), cause));
        }
    }
    open_scope();
    if (r->define) {
        range_define(s, r, x, key, val, over_int);
    } else {
        Expr* lhs[2] = { s_key, s_value };
        Type* rhs[2] = { key, val };
        for (int i = 0; i < 2; ++i) {
            if (lhs[i] == nullptr || rhs[i] == nullptr || is_invalid(rhs[i]))
                continue;
            if (over_int) {
                assign_var(lhs[i], x);
            } else {
                Operand y;
                y.mode = Mode::Value;
                y.expr = lhs[i];
                y.type = rhs[i];
                assign_var(lhs[i], y);
            }
        }
    }
    if (s->body)
        stmt(inner, s->body);
    close_scope();
}

} // namespace vitro::lang::types
