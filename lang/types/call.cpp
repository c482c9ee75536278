// lang/types/call.cpp — calls, conversions, selectors (fields, methods, package members,
// method values and expressions) (types2 call.go, conversions.go).
#include "lang/types/checker.h"

namespace vitro::lang::types {

ExprKind Checker::call_expr(Operand& x, CallExpr* call)
{
    expr_or_type(x, call->fun);
    switch (x.mode) {
    case Mode::Invalid:
        use_list(call->args);
        x.expr = call;
        return ExprKind::Statement;
    case Mode::TypeExpr: {
        Type* t = x.type;
        x.mode = Mode::Invalid;
        switch (call->args.size()) {
        case 0:
            error_at(call, fmt::format("missing argument in conversion to {}", type_string(t)));
            break;
        case 1:
            expr(x, call->args[0]);
            if (!x.invalid()) {
                if (call->has_dots) {
                    error_at(call->args[0],
                        fmt::format("invalid use of ... in type conversion to {}", type_string(t)));
                    x.mode = Mode::Invalid;
                    break;
                }
                conversion(x, t);
            }
            break;
        default:
            use_list(call->args);
            error_at(
                call->args.back(), fmt::format("too many arguments in conversion to {}", type_string(t)));
            break;
        }
        x.expr = call;
        return ExprKind::Conversion;
    }
    case Mode::Builtin: {
        BuiltinId id = x.id;
        if (!builtin(x, call, id))
            x.mode = Mode::Invalid;
        x.expr = call;
        if (x.mode != Mode::Invalid && x.mode != Mode::Constant)
            m_env.has_call_or_recv = true;
        switch (id) {
        case BuiltinId::Append:
        case BuiltinId::Cap:
        case BuiltinId::Complex:
        case BuiltinId::Imag:
        case BuiltinId::Len:
        case BuiltinId::Make:
        case BuiltinId::Max:
        case BuiltinId::Min:
        case BuiltinId::New:
        case BuiltinId::Real:
            return ExprKind::Expression;
        default:
            return ExprKind::Statement;
        }
    }
    default:
        break;
    }
    Type* u = under(x.type);
    if (u->kind() != TypeKind::Signature) {
        error_at(x, fmt::format("invalid operation: cannot call non-function {}", operand_string(x)));
        x.mode = Mode::Invalid;
        x.expr = call;
        return ExprKind::Statement;
    }
    auto* sig = u->as<Signature>();
    bool comma_ok = false;
    std::vector<Operand> args = expr_list(call->args, false, &comma_ok);
    arguments(call, sig, args);
    switch (sig->results->len()) {
    case 0:
        x.mode = Mode::NoValue;
        break;
    case 1:
        x.mode = Mode::Value;
        x.type = sig->results->vars[0]->type;
        break;
    default:
        x.mode = Mode::Value;
        x.type = sig->results;
        break;
    }
    x.expr = call;
    m_env.has_call_or_recv = true;
    return ExprKind::Statement;
}

std::vector<Operand> Checker::expr_list(const std::vector<Expr*>& elist, bool allow_comma_ok, bool* comma_ok)
{
    std::vector<Operand> list;
    *comma_ok = false;
    if (elist.size() == 1) {
        Expr* e = elist[0];
        Operand x;
        multi_expr(x, e);
        if (!x.invalid() && x.type && x.type->kind() == TypeKind::Tuple) {
            for (Var* v : x.type->as<Tuple>()->vars) {
                Operand y;
                y.mode = Mode::Value;
                y.expr = e;
                y.type = v->type;
                list.push_back(std::move(y));
            }
            return list;
        }
        if (allow_comma_ok && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk)) {
            x.mode = Mode::Value;
            list.push_back(std::move(x));
            Operand ok;
            ok.mode = Mode::Value;
            ok.expr = e;
            ok.type = typ(BasicKind::UntypedBool);
            list.push_back(std::move(ok));
            *comma_ok = true;
            return list;
        }
        list.push_back(std::move(x));
        return list;
    }
    for (Expr* e : elist) {
        Operand x;
        expr(x, e);
        list.push_back(std::move(x));
    }
    return list;
}

void Checker::arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args)
{
    for (Operand& a : args) {
        if (a.mode == Mode::TypeExpr) {
            error_at(a, fmt::format("{} used as value", operand_string(a)));
            return;
        }
        if (a.invalid())
            return;
    }
    size_t nargs = args.size();
    size_t npars = sig->params->len();
    std::vector<Type*> par_types;
    for (Var* v : sig->params->vars)
        par_types.push_back(v->type);
    if (sig->variadic) {
        if (call->has_dots) {
            if (call->args.size() == 1 && nargs > 1) {
                error_at(
                    call, fmt::format("cannot use ... with {}-valued {}", nargs, expr_string(call->args[0])));
                return;
            }
        } else if (nargs + 1 >= npars) {
            Type* elem = par_types.back()->as<Slice>()->elem;
            par_types.pop_back();
            while (par_types.size() < nargs)
                par_types.push_back(elem);
            npars = nargs;
        } else {
            --npars; // for the error message below
        }
    } else if (call->has_dots) {
        error_at(call, fmt::format("cannot use ... in call to non-variadic {}", expr_string(call->fun)));
        return;
    }
    if (nargs != npars) {
        const Node* at = call;
        std::string_view qualifier = "not enough";
        if (nargs > npars) {
            at = args[npars].expr;
            qualifier = "too many";
        } else if (nargs > 0) {
            at = args[nargs - 1].expr;
        }
        std::vector<Type*> have, want;
        for (Operand& a : args)
            have.push_back(a.type);
        for (Var* v : sig->params->vars)
            want.push_back(v->type);
        error(go_start_pos(at),
            fmt::format("{} arguments in call to {}\n\thave {}\n\twant {}", qualifier, expr_string(call->fun),
                types_summary(have, false), types_summary(want, sig->variadic)));
        return;
    }
    if (!args.empty()) {
        std::string context = "argument to " + expr_string(call->fun);
        for (size_t i = 0; i < args.size(); ++i)
            assignment(args[i], par_types[i], context);
    }
}

bool Checker::package_selector(Operand& x, SelectorExpr* e)
{
    if (e->x->kind != NodeKind::Name)
        return false;
    auto* ident = e->x->as<Name>();
    Object* obj = m_env.scope->lookup_parent(ident->value);
    if (obj == nullptr || obj->kind() != ObjectKind::PkgName)
        return false;
    auto* pname = obj->as<PkgName>();
    ident->object = pname;
    pname->used = true;
    Package* pkg = pname->imported;
    std::string_view sel = e->sel->value;
    x.mode = Mode::Invalid;
    x.type = invalid_type();
    x.expr = e;
    Object* exp = pkg->scope->lookup(sel);
    if (exp == nullptr) {
        error(e->sel->pos, fmt::format("undefined: {}.{}", pkg->name, sel));
        return true;
    }
    if (!exp->exported())
        error(e->sel->pos, fmt::format("{} not exported by package {}", sel, pkg->name));
    e->sel->object = exp;
    switch (exp->kind()) {
    case ObjectKind::Const:
        x.mode = Mode::Constant;
        x.type = exp->type;
        x.val = exp->as<Const>()->val;
        break;
    case ObjectKind::TypeName:
        x.mode = Mode::TypeExpr;
        x.type = exp->type;
        break;
    case ObjectKind::Var:
        x.mode = Mode::Variable;
        x.type = exp->type;
        break;
    case ObjectKind::Func:
        x.mode = Mode::Value;
        x.type = exp->type;
        break;
    case ObjectKind::Builtin:
        x.mode = Mode::Builtin;
        x.type = exp->type;
        x.id = exp->as<Builtin>()->id;
        break;
    default:
        break;
    }
    if (x.type == nullptr || is_invalid(x.type))
        x.mode = Mode::Invalid;
    return true;
}

void Checker::method_expr(Operand& x, SelectorExpr* e, Func* m)
{
    auto* sig = m->signature();
    if (sig == nullptr || sig->recv == nullptr) {
        error_at(e, "illegal cycle in method declaration");
        x.mode = Mode::Invalid;
        return;
    }
    auto* params = make<Tuple>();
    std::string_view name;
    if (!sig->params->vars.empty() && !sig->params->vars[0]->name.empty())
        name = sig->recv->name.empty() ? "_" : sig->recv->name;
    params->vars.push_back(make<Var>(sig->recv->pos, sig->recv->pkg, name, x.type));
    for (Var* v : sig->params->vars)
        params->vars.push_back(v);
    auto* t = make<Signature>();
    t->params = params;
    t->results = sig->results;
    t->variadic = sig->variadic;
    x.mode = Mode::Value;
    x.type = t;
    add_decl_dep(m);
}

void Checker::selector(Operand& x, SelectorExpr* e, Named* def)
{
    if (package_selector(x, e))
        return;
    std::string_view sel = e->sel->value;
    expr_or_type(x, e->x);
    switch (x.mode) {
    case Mode::TypeExpr:
        if (def != nullptr && x.type == def) {
            cycle_error({ def->obj });
            x.mode = Mode::Invalid;
            x.expr = e;
            return;
        }
        break;
    case Mode::Builtin:
        error(e->pos, fmt::format("cannot select on {}", operand_string(x)));
        x.mode = Mode::Invalid;
        x.expr = e;
        return;
    case Mode::Invalid:
        x.expr = e;
        return;
    default:
        break;
    }
    Lookup r = lookup_field_or_method(x.type, x.mode == Mode::Variable, m_pkg, sel);
    if (r.obj == nullptr) {
        x.expr = e;
        if (is_invalid(under(x.type))) {
            x.mode = Mode::Invalid;
            return;
        }
        if (!r.index.empty()) {
            error(e->sel->pos, fmt::format("ambiguous selector {}.{}", expr_string(e->x), sel));
        } else if (r.indirect) {
            error(e->sel->pos, fmt::format("cannot call pointer method {} on {}", sel, type_string(x.type)));
        } else {
            std::string why;
            if (is_interface_ptr(x.type)) {
                why = interface_ptr_error(x.type);
            } else {
                why = fmt::format("type {} has no field or method {}", type_string(x.type), sel);
                if (!sel.empty() && static_cast<unsigned char>(sel[0]) < 0x80) {
                    std::string change(sel);
                    char c = change[0];
                    change[0] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
                        : (c >= 'a' && c <= 'z')       ? static_cast<char>(c - 'a' + 'A')
                                                       : c;
                    if (lookup_field_or_method(x.type, x.mode == Mode::Variable, m_pkg, change).obj)
                        why += ", but does have " + change;
                }
            }
            error(e->sel->pos, fmt::format("{}.{} undefined ({})", expr_string(e->x), sel, why));
        }
        x.mode = Mode::Invalid;
        return;
    }
    if (r.obj->kind() == ObjectKind::Func)
        obj_decl(r.obj, nullptr);
    e->sel->object = r.obj;
    e->path = r.index;
    if (x.mode == Mode::TypeExpr) {
        if (r.obj->kind() != ObjectKind::Func) {
            error(e->sel->pos,
                fmt::format("{}.{} undefined (type {} has no method {})", expr_string(e->x), sel,
                    type_string(x.type), sel));
            x.mode = Mode::Invalid;
            x.expr = e;
            return;
        }
        method_expr(x, e, r.obj->as<Func>());
        x.expr = e;
        return;
    }
    if (r.obj->kind() == ObjectKind::Var) {
        x.mode = (x.mode == Mode::Variable || r.indirect) ? Mode::Variable : Mode::Value;
        x.type = r.obj->type;
    } else {
        auto* m = r.obj->as<Func>();
        Signature* msig = m->signature();
        auto* t = make<Signature>();
        if (msig) {
            t->params = msig->params;
            t->results = msig->results;
            t->variadic = msig->variadic;
            t->scope = msig->scope;
        }
        x.mode = Mode::Value;
        x.type = t;
        add_decl_dep(m);
    }
    x.expr = e;
}

void Checker::use(Expr* e)
{
    if (e == nullptr)
        return;
    if (e->kind == NodeKind::Name && e->as<Name>()->value == "_")
        return;
    if (e->kind == NodeKind::ListExpr) {
        use_list(e->as<ListExpr>()->elems);
        return;
    }
    Operand x;
    raw_expr(x, e, nullptr);
}

void Checker::use_list(const std::vector<Expr*>& list)
{
    for (Expr* e : list)
        use(e);
}

// conversions.go convertibleTo (without type parameters).
bool Checker::convertible_to(Operand& x, Type* t, std::string* cause)
{
    if (assignable_to(x, t, cause))
        return true;
    Type* v = x.type;
    Type* vu = under(v);
    Type* tu = under(t);
    if (identical_ignore_tags(vu, tu))
        return true;
    if (v->kind() == TypeKind::Pointer && t->kind() == TypeKind::Pointer
        && identical_ignore_tags(under(v->as<Pointer>()->base), under(t->as<Pointer>()->base)))
        return true;
    if (is_integer_or_float(vu) && is_integer_or_float(tu))
        return true;
    if (is_complex(vu) && is_complex(tu))
        return true;
    if ((is_integer(vu) || is_bytes_or_runes(vu)) && is_string(tu))
        return true;
    if (is_string(vu) && is_bytes_or_runes(tu))
        return true;
    if (vu->kind() == TypeKind::Slice && tu->kind() == TypeKind::Pointer) {
        Type* a = under(tu->as<Pointer>()->base);
        if (a->kind() == TypeKind::Array && identical(vu->as<Slice>()->elem, a->as<Array>()->elem))
            return true; // Go 1.17 slice to array pointer
    }
    return false;
}

void Checker::conversion(Operand& x, Type* t)
{
    bool const_arg = x.mode == Mode::Constant;
    bool ok = false;
    std::string cause;
    if (const_arg && is_const_type(t)) {
        const Basic* b = as_basic(t);
        Constant v = x.val;
        if (representable_const(x.val, b, &v)) {
            x.val = std::move(v);
            ok = true;
        } else if (is_integer(x.type) && is_string(t)) {
            uint32_t cp = 0xFFFD;
            if (auto i = x.val.uint64_value(); i && *i <= 0x10FFFF)
                cp = static_cast<uint32_t>(*i);
            std::string s;
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            if (cp < 0x80) {
                s += static_cast<char>(cp);
            } else if (cp < 0x800) {
                s += static_cast<char>(0xC0 | (cp >> 6));
                s += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                s += static_cast<char>(0xE0 | (cp >> 12));
                s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                s += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                s += static_cast<char>(0xF0 | (cp >> 18));
                s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                s += static_cast<char>(0x80 | (cp & 0x3F));
            }
            x.val = Constant::make_string(s);
            ok = true;
        } else if (b->info & kIsInteger) {
            // types2 representableConst stores the value rounded to an integer before it
            // checks the range, so the message shows 9.3e18 as 9300000000000000000.
            if (Constant i = x.val.to_int(); i.kind() == ConstKind::Int)
                x.val = std::move(i);
        }
    } else if (convertible_to(x, t, &cause)) {
        ok = true;
        x.mode = Mode::Value;
    }
    if (!ok) {
        if (!cause.empty())
            error_at(x,
                fmt::format("cannot convert {} to type {}:\n\t{}", operand_string(x), type_string(t), cause));
        else
            error_at(x, fmt::format("cannot convert {} to type {}", operand_string(x), type_string(t)));
        x.mode = Mode::Invalid;
        return;
    }
    if (is_untyped(x.type)) {
        Type* final = t;
        if (x.type->as<Basic>()->basic_kind == BasicKind::UntypedNil) {
            // keep t
        } else if (is_interface(t) || (const_arg && !is_const_type(t))) {
            final = default_type(x.type);
        } else if (x.mode == Mode::Constant && is_integer(x.type) && is_string(t)) {
            final = x.type;
        }
        update_expr_type(x.expr, final, true);
    }
    x.type = t;
}

} // namespace vitro::lang::types
