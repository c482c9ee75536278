// lang/types/typexpr.cpp — identifiers and type expressions: names, struct, interface and
// function types, array lengths (types2 typexpr.go, struct.go, interface.go, signature.go).
#include "lang/types/checker.h"

namespace vitro::lang::types {

void Checker::ident(Operand& x, Name* e, Named* def, bool want_type)
{
    x.mode = Mode::Invalid;
    x.expr = e;
    x.type = invalid_type();
    Scope* scope = nullptr;
    Object* obj = m_env.scope->lookup_parent(e->value, &scope);
    if (obj == nullptr) {
        if (e->value == "_")
            error(e->pos, "cannot use _ as value or type");
        else
            error(e->pos, fmt::format("undefined: {}", e->value));
        return;
    }
    e->object = obj;
    Type* typ = obj->type;
    if (typ == nullptr || (obj->kind() == ObjectKind::TypeName && want_type)) {
        obj_decl(obj, def);
        typ = obj->type;
    }
    if (auto it = m_dot_imports.find(obj); it != m_dot_imports.end())
        it->second->used = true;
    switch (obj->kind()) {
    case ObjectKind::PkgName:
        error(e->pos, fmt::format("use of package {} not in selector", obj->name));
        return;
    case ObjectKind::Const:
        add_decl_dep(obj);
        if (is_invalid(typ))
            return;
        if (obj == universe().iota) {
            if (m_env.iota == nullptr) {
                error(e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x.val = *m_env.iota;
        } else {
            x.val = obj->as<Const>()->val;
        }
        x.mode = Mode::Constant;
        break;
    case ObjectKind::TypeName:
        if (obj->pkg == nullptr && is_complex(typ)) {
            error(e->pos, "complex numbers are not supported");
            return;
        }
        x.mode = Mode::TypeExpr;
        break;
    case ObjectKind::Var:
        if (obj->pkg == m_pkg)
            obj->as<Var>()->used = true;
        add_decl_dep(obj);
        if (is_invalid(typ))
            return;
        x.mode = Mode::Variable;
        break;
    case ObjectKind::Func:
        add_decl_dep(obj);
        x.mode = Mode::Value;
        break;
    case ObjectKind::Builtin:
        x.id = obj->as<Builtin>()->id;
        x.mode = Mode::Builtin;
        break;
    case ObjectKind::Nil:
        x.mode = Mode::NilValue;
        break;
    }
    x.type = typ;
}

Type* Checker::type_expr(Expr* e)
{
    return defined_type(e, nullptr);
}

Type* Checker::var_type(Expr* e)
{
    return defined_type(e, nullptr);
}

Type* Checker::defined_type(Expr* e, Named* def)
{
    struct Leave {
        int& depth;
        ~Leave() { --depth; }
    } leave { m_depth };
    Type* t = enter_nested(e) ? typ_internal(e, def) : invalid_type();
    e->type = t;
    e->mode = ExprMode::TypeExpr;
    e->constant = nullptr;
    return t;
}

namespace {

Name* embedded_field_ident(Expr* e)
{
    switch (e->kind) {
    case NodeKind::Name:
        return e->as<Name>();
    case NodeKind::Operation: {
        auto* o = e->as<Operation>();
        if (o->op == Op::Mul && o->y == nullptr) {
            Expr* base = o->x;
            if (base->kind != NodeKind::Operation || base->as<Operation>()->op != Op::Mul
                || base->as<Operation>()->y != nullptr)
                return embedded_field_ident(o->x);
        }
        return nullptr;
    }
    case NodeKind::SelectorExpr:
        return e->as<SelectorExpr>()->sel;
    default:
        return nullptr;
    }
}

} // namespace

Type* Checker::typ_named_expr(Operand& x, Named* def)
{
    switch (x.mode) {
    case Mode::TypeExpr:
        if (def)
            def->underlying = x.type;
        return x.type;
    case Mode::Invalid:
        break;
    case Mode::NoValue:
        error_at(x, fmt::format("{} used as type", operand_string(x)));
        break;
    default:
        error_at(x, fmt::format("{} is not a type", operand_string(x)));
        break;
    }
    return nullptr;
}

Type* Checker::typ_internal(Expr* e0, Named* def)
{
    switch (e0->kind) {
    case NodeKind::BadExpr:
        break;
    case NodeKind::Name: {
        Operand x;
        ident(x, e0->as<Name>(), def, true);
        if (Type* t = typ_named_expr(x, def))
            return t;
        break;
    }
    case NodeKind::SelectorExpr: {
        Operand x;
        selector(x, e0->as<SelectorExpr>(), def);
        if (Type* t = typ_named_expr(x, def))
            return t;
        break;
    }
    case NodeKind::ParenExpr:
        return defined_type(e0->as<ParenExpr>()->x, def);
    case NodeKind::IndexExpr: {
        // A type instantiation T[...]: v1 has no generic types (types2 genericType).
        auto* e = e0->as<IndexExpr>();
        Type* t = type_expr(e->x);
        if (!is_invalid(t))
            error_at(e->x, fmt::format("{} is not a generic type", type_string(t)));
        break;
    }
    case NodeKind::ArrayType: {
        auto* e = e0->as<ArrayType>();
        auto* t = make<Array>(nullptr, -1);
        if (def)
            def->underlying = t;
        if (e->len)
            t->len = array_length(e->len);
        else
            error_at(e, "invalid use of [...] array (outside a composite literal)");
        t->elem = var_type(e->elem);
        if (t->len >= 0)
            return t;
        break;
    }
    case NodeKind::SliceType: {
        auto* t = make<Slice>(nullptr);
        if (def)
            def->underlying = t;
        t->elem = var_type(e0->as<SliceType>()->elem);
        return t;
    }
    case NodeKind::DotsType:
        error_at(e0, "invalid use of '...'");
        use(e0->as<DotsType>()->elem);
        break;
    case NodeKind::StructType: {
        auto* t = make<Struct>();
        if (def)
            def->underlying = t;
        struct_type(t, e0->as<StructType>());
        return t;
    }
    case NodeKind::Operation: {
        auto* o = e0->as<Operation>();
        if (o->op == Op::Mul && o->y == nullptr) {
            auto* t = make<Pointer>(invalid_type());
            if (def)
                def->underlying = t;
            t->base = var_type(o->x);
            if (is_invalid(t->base))
                return invalid_type();
            return t;
        }
        error_at(e0, fmt::format("{} is not a type", expr_string(e0)));
        use(e0);
        break;
    }
    case NodeKind::FuncType: {
        auto* t = make<Signature>();
        if (def)
            def->underlying = t;
        func_type(t, nullptr, e0->as<FuncType>());
        return t;
    }
    case NodeKind::InterfaceType: {
        auto* t = make<Interface>();
        if (def)
            def->underlying = t;
        interface_type(t, e0->as<InterfaceType>(), def);
        return t;
    }
    case NodeKind::MapType: {
        auto* e = e0->as<MapType>();
        auto* t = make<Map>(nullptr, nullptr);
        if (def)
            def->underlying = t;
        t->key = var_type(e->key);
        t->elem = var_type(e->value);
        check_map_key(t, e->key);
        return t;
    }
    case NodeKind::ChanType: {
        auto* e = e0->as<ChanType>();
        auto* t = make<Chan>(e->dir, nullptr);
        if (def)
            def->underlying = t;
        t->elem = var_type(e->elem);
        return t;
    }
    default:
        error_at(e0, fmt::format("{} is not a type", expr_string(e0)));
        use(e0);
        break;
    }
    Type* t = invalid_type();
    if (def)
        def->underlying = t;
    return t;
}

void Checker::check_map_key(Map* m, Expr* key)
{
    later([this, m, key] {
        if (!comparable(m->key))
            error_at(key, fmt::format("invalid map key type {}", type_string(m->key)));
    });
}

int64_t Checker::array_length(Expr* e)
{
    if (e->kind == NodeKind::Name) {
        auto* name = e->as<Name>();
        Object* obj = m_env.scope->lookup_parent(name->value);
        if (obj == nullptr) {
            error(name->pos, fmt::format("undeclared name {} for array length", name->value));
            return -1;
        }
        if (obj->kind() != ObjectKind::Const) {
            error(name->pos, fmt::format("invalid array length {}", name->value));
            return -1;
        }
    }
    Operand x;
    expr(x, e);
    if (x.mode != Mode::Constant) {
        if (x.mode != Mode::Invalid)
            error_at(x, fmt::format("array length {} must be constant", operand_string(x)));
        return -1;
    }
    if (is_untyped(x.type) || is_integer(x.type)) {
        Constant val = x.val.to_int();
        if (val.kind() == ConstKind::Int) {
            if (val.represent_as(ConstType::Int)) {
                if (auto n = val.int64_value(); n && *n >= 0)
                    return *n;
                error_at(x, fmt::format("invalid array length {}", operand_string(x)));
                return -1;
            }
        }
    }
    error_at(x, fmt::format("array length {} must be integer", operand_string(x)));
    return -1;
}

void Checker::struct_type(Struct* st, StructType* e)
{
    std::unordered_map<std::string_view, Var*> fset;
    Expr* prev = nullptr;
    Type* typ = nullptr;
    bool any_tag = false;
    std::vector<std::string> tags;
    auto add = [&](Name* ident, std::string_view name, bool embedded, Pos pos, std::string tag) {
        auto* fld = make<Var>(pos, m_pkg, name, typ);
        fld->is_field = true;
        fld->embedded = embedded;
        fld->used = true;
        if (name != "_") {
            auto [it, inserted] = fset.emplace(name, fld);
            if (!inserted) {
                error(pos,
                    fmt::format("{} redeclared\n\t{}: other declaration of {}", name,
                        pos_string(it->second->pos), name));
                return;
            }
        }
        st->fields.push_back(fld);
        tags.push_back(std::move(tag));
        if (ident && !embedded)
            ident->object = fld;
    };
    for (size_t i = 0; i < e->fields.size(); ++i) {
        Field* f = e->fields[i];
        if (i == 0 || f->field_type != prev) {
            typ = var_type(f->field_type);
            prev = f->field_type;
        }
        std::string tag;
        if (i < e->tags.size() && e->tags[i] && !e->tags[i]->bad) {
            tag = std::string(Constant::from_literal(LitKind::String, e->tags[i]->value).string_value());
            any_tag = any_tag || !tag.empty();
        }
        if (f->name) {
            add(f->name, f->name->value, false, f->name->pos, std::move(tag));
            continue;
        }
        Pos pos = go_start_pos(f->field_type);
        Name* name = embedded_field_ident(f->field_type);
        if (name == nullptr) {
            error(pos, fmt::format("invalid embedded field type {}", expr_string(f->field_type)));
            typ = invalid_type();
            add(nullptr, "_", true, pos, "");
            continue;
        }
        add(name, name->value, true, pos, std::move(tag));
        Type* embedded_type = typ;
        later([this, embedded_type, pos] {
            bool is_ptr = false;
            Type* t = deref(embedded_type, &is_ptr);
            Type* u = under(t);
            if (is_invalid(t))
                return;
            if (u->kind() == TypeKind::Pointer)
                error(pos, "embedded field type cannot be a pointer");
            else if (u->kind() == TypeKind::Interface && is_ptr)
                error(pos, "embedded field type cannot be a pointer to an interface");
        });
    }
    if (any_tag)
        st->tags = std::move(tags);
    st->complete = true;
}

void Checker::interface_type(Interface* it, InterfaceType* e, Named* def)
{
    for (Field* f : e->methods) {
        if (f->name == nullptr) {
            Expr* te = f->field_type;
            if (te->kind == NodeKind::Operation
                && (te->as<Operation>()->op == Op::Or || te->as<Operation>()->op == Op::Tilde)) {
                error_at(te, "type constraints are not supported (generics are not part of vitro v1)");
                continue;
            }
            Type* t = type_expr(te);
            if (is_invalid(t) || is_invalid(under(t)))
                continue;
            if (!is_interface(t)) {
                error_at(te,
                    fmt::format("cannot use {} in interface: type constraints are not supported (generics "
                                "are not part of vitro v1)",
                        type_string(t)));
                continue;
            }
            it->embeddeds.push_back(t);
            it->embed_pos.push_back(go_start_pos(te));
            continue;
        }
        if (f->name->value == "_") {
            error(f->name->pos, "methods must have a unique non-blank name");
            continue;
        }
        Type* t = type_expr(f->field_type);
        if (t->kind() != TypeKind::Signature)
            continue;
        auto* sig = t->as<Signature>();
        sig->recv = make<Var>(f->name->pos, m_pkg, "", def ? static_cast<Type*>(def) : it);
        auto* m = make<Func>(f->name->pos, m_pkg, f->name->value, sig);
        f->name->object = m;
        it->methods.push_back(m);
    }
    sort_methods(it->methods);
    if (it->is_empty()) {
        it->set_computed = true;
        return;
    }
    later([this, it] { interface_methods(it, this); });
}

std::vector<Var*> Checker::collect_params(
    Scope* scope, const std::vector<Field*>& list, bool variadic_ok, bool* variadic)
{
    std::vector<Var*> params;
    Expr* prev = nullptr;
    Type* typ = nullptr;
    for (size_t i = 0; i < list.size(); ++i) {
        Field* field = list[i];
        Expr* ftype = field->field_type;
        if (i == 0 || ftype != prev) {
            prev = ftype;
            if (ftype->kind == NodeKind::DotsType) {
                Expr* dots = ftype;
                ftype = ftype->as<DotsType>()->elem;
                if (variadic_ok && i + 1 == list.size())
                    *variadic = true;
                else
                    error_at(dots, "can only use ... with final parameter in list");
            }
            typ = var_type(ftype);
        }
        Var* par;
        if (field->name) {
            par = make<Var>(field->name->pos, m_pkg, field->name->value, typ);
            declare(scope, field->name, par);
        } else {
            par = make<Var>(field->pos, m_pkg, "", typ);
        }
        par->used = true; // parameters are always "used"
        params.push_back(par);
    }
    if (variadic && *variadic && !params.empty()) {
        Var* last = params.back();
        last->type = make<Slice>(last->type);
        list.back()->field_type->type = last->type;
    }
    return params;
}

void Checker::validate_receiver(Var* recv)
{
    Type* rtyp = deref(recv->type);
    if (is_invalid(rtyp))
        return;
    if (rtyp->kind() == TypeKind::Named) {
        auto* t = rtyp->as<Named>();
        if (t->obj->pkg != m_pkg) {
            error(
                recv->pos, fmt::format("cannot define new methods on non-local type {}", type_string(rtyp)));
            return;
        }
        Type* u = under(t);
        if (u->kind() == TypeKind::Pointer || u->kind() == TypeKind::Interface)
            error(recv->pos,
                fmt::format("invalid receiver type {} (pointer or interface type)", type_string(rtyp)));
    } else if (rtyp->kind() == TypeKind::Basic) {
        error(recv->pos, fmt::format("cannot define new methods on non-local type {}", type_string(rtyp)));
    } else {
        error(recv->pos, fmt::format("invalid receiver type {}", type_string(recv->type)));
    }
}

void Checker::func_type(Signature* sig, Field* recv, FuncType* ftype)
{
    auto* scope = make<Scope>(m_env.scope, true);
    sig->scope = scope;
    bool ignored = false;
    std::vector<Var*> recv_list;
    if (recv)
        recv_list = collect_params(scope, { recv }, false, &ignored);
    bool variadic = false;
    std::vector<Var*> params = collect_params(scope, ftype->params, true, &variadic);
    std::vector<Var*> results = collect_params(scope, ftype->results, false, &ignored);
    if (recv) {
        Var* r = recv_list.empty() ? make<Var>(Pos {}, nullptr, "", invalid_type()) : recv_list[0];
        sig->recv = r;
        later([this, r] { validate_receiver(r); });
    }
    sig->params = make<Tuple>();
    sig->params->vars = std::move(params);
    sig->results = make<Tuple>();
    sig->results->vars = std::move(results);
    sig->variadic = variadic;
}

} // namespace vitro::lang::types
