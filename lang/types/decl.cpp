// lang/types/decl.cpp — declarations: package-level objects on demand with cycle detection,
// constants, variables, types, methods, functions, local declarations, and the validity of
// recursive types (types2 decl.go, validtype.go, named.go under).
#include "lang/types/checker.h"

#include <algorithm>

namespace vitro::lang::types {

void Checker::add_decl_dep(Object* to)
{
    DeclInfo* from = m_env.decl;
    if (from == nullptr || to->decl == nullptr || to->pkg != m_pkg)
        return; // not in a package-level initializer, or `to` is not a package-level object
    from->add_dep(to);
}

// objDecl: checks obj if it has not been checked; re-entrant, with grey objects on the
// object path marking declarations in progress.
void Checker::obj_decl(Object* obj, Named* def)
{
    if (obj->color == kWhite && obj->type != nullptr) {
        obj->color = kBlack;
        return;
    }
    if (obj->color == kBlack)
        return;
    if (obj->color >= kGrey) {
        switch (obj->kind()) {
        case ObjectKind::Const:
        case ObjectKind::Var:
            if (!valid_cycle(obj) || obj->type == nullptr)
                obj->type = invalid_type();
            break;
        case ObjectKind::TypeName:
            if (!valid_cycle(obj))
                obj->type = invalid_type();
            break;
        case ObjectKind::Func:
            valid_cycle(obj);
            break;
        default:
            break;
        }
        if (obj->type == nullptr)
            obj->type = invalid_type();
        return;
    }
    DeclInfo* d = obj->decl;
    if (d == nullptr) {
        obj->type = invalid_type(); // cannot happen for well-formed trees
        return;
    }
    if (stack_exhausted(obj->pos)) {
        obj->type = invalid_type();
        return;
    }
    obj->color = kGrey + static_cast<uint32_t>(m_obj_path.size());
    m_obj_path.push_back(obj);
    Env saved = m_env;
    m_env = Env {};
    int saved_depth = m_depth;
    m_depth = 0; // the declaration's own syntax nests from here
    m_env.scope = d->file;
    switch (obj->kind()) {
    case ObjectKind::Const:
        m_env.decl = d;
        const_decl(obj->as<Const>(), d->vtype, d->init, d->inherited);
        break;
    case ObjectKind::Var:
        m_env.decl = d;
        var_decl(obj->as<Var>(), d->lhs.empty() ? nullptr : &d->lhs, d->vtype, d->init);
        break;
    case ObjectKind::TypeName:
        type_decl(obj->as<TypeName>(), d->tdecl, def);
        collect_methods(obj->as<TypeName>());
        break;
    case ObjectKind::Func:
        func_decl(obj->as<Func>(), d);
        break;
    default:
        break;
    }
    m_env = saved;
    m_depth = saved_depth;
    m_obj_path.back()->color = kBlack;
    m_obj_path.pop_back();
}

bool Checker::valid_cycle(Object* obj)
{
    size_t start = obj->color - kGrey;
    if (start >= m_obj_path.size())
        return true;
    std::vector<Object*> cycle(m_obj_path.begin() + static_cast<std::ptrdiff_t>(start), m_obj_path.end());
    size_t nval = 0, ndef = 0;
    for (Object* o : cycle) {
        switch (o->kind()) {
        case ObjectKind::Const:
        case ObjectKind::Var:
            ++nval;
            break;
        case ObjectKind::TypeName: {
            bool alias = o->decl && o->decl->tdecl ? o->decl->tdecl->alias : o->as<TypeName>()->is_alias();
            if (!alias)
                ++ndef;
            break;
        }
        default:
            break;
        }
    }
    if (nval == cycle.size())
        return true; // a cycle of values only: reported by init_order
    if (nval == 0 && ndef > 0)
        return true; // cycles through type definitions are fine here (valid_type checks them)
    cycle_error(cycle);
    return false;
}

void Checker::cycle_error(const std::vector<Object*>& cycle)
{
    auto name = [&](Object* o) {
        std::string q = o->pkg ? qualifier(o->pkg) : "";
        return q.empty() ? std::string(o->name) : q + "." + std::string(o->name);
    };
    size_t i = 0;
    for (size_t k = 1; k < cycle.size(); ++k)
        if (cycle[k]->pos < cycle[i]->pos)
            i = k;
    Object* obj = cycle[i];
    std::string msg = obj->kind() == ObjectKind::TypeName ? "invalid recursive type " + name(obj)
                                                          : "illegal cycle in declaration of " + name(obj);
    Pos first = obj->pos;
    auto line = [&](Object* o, std::string_view what) {
        msg += fmt::format("\n\t{}: {}{}", pos_string(o->pos), name(o), what);
    };
    for (size_t n = 0; n < cycle.size(); ++n) {
        line(obj, " refers to");
        i = (i + 1) % cycle.size();
        obj = cycle[i];
    }
    line(obj, "");
    error(first, std::move(msg));
}

void Checker::const_decl(Const* obj, Expr* type, Expr* init, bool inherited)
{
    Env saved = m_env;
    Constant iota = obj->val; // the collector stored iota in the value
    m_env.iota = &iota;
    m_env.errpos = Pos {};
    obj->val = Constant::make_unknown();
    if (type) {
        Type* t = type_expr(type);
        if (!is_const_type(t)) {
            if (!is_invalid(under(t)))
                error_at(type, fmt::format("invalid constant type {}", type_string(t)));
            obj->type = invalid_type();
            m_env.iota = saved.iota;
            m_env.errpos = saved.errpos;
            return;
        }
        obj->type = t;
    }
    Operand x;
    if (init) {
        if (inherited)
            m_env.errpos = obj->pos;
        expr(x, init);
    }
    init_const(obj, x);
    m_env.iota = saved.iota;
    m_env.errpos = saved.errpos;
}

void Checker::var_decl(Var* obj, std::vector<Var*>* lhs, Expr* type, Expr* init)
{
    if (type)
        obj->type = var_type(type);
    if (init == nullptr) {
        if (type == nullptr)
            obj->type = invalid_type();
    } else if (lhs == nullptr || lhs->size() == 1) {
        Operand x;
        expr(x, init);
        init_var(obj, x, "variable declaration");
    } else {
        if (type)
            for (Var* v : *lhs)
                v->type = obj->type;
        init_vars(*lhs, { init }, nullptr);
    }
    if (is_invalid(obj->type))
        obj->used = true;
    note_size_site(obj->pos, obj->type);
    if (lhs)
        for (Var* v : *lhs) {
            if (v->type == nullptr || is_invalid(v->type))
                v->used = true;
            note_size_site(v->pos, v->type);
        }
}

void Checker::type_decl(TypeName* obj, TypeDecl* tdecl, Named* def)
{
    later([this, obj] {
        if (obj->type && obj->type->kind() == TypeKind::Named) {
            ValidTypePath path;
            valid_type(obj->type, path);
        }
    });
    if (tdecl->alias) {
        obj->type = invalid_type(); // a use of the alias inside its own definition is invalid
        obj->type = type_expr(tdecl->type);
        note_size_site(obj->pos, obj->type);
        return;
    }
    auto* named = make<Named>(obj);
    named->check = this;
    m_named.push_back(named);
    obj->type = named;
    if (def)
        def->underlying = named;
    Type* rhs = defined_type(tdecl->type, named);
    named->from_rhs = rhs;
    if (named->underlying == nullptr)
        named->underlying = invalid_type();
    note_size_site(obj->pos, rhs);
}

void Checker::collect_methods(TypeName* obj)
{
    auto it = m_methods.find(obj);
    if (it == m_methods.end())
        return;
    std::vector<Func*> methods = std::move(it->second);
    m_methods.erase(it);
    Named* base = obj->type && obj->type->kind() == TypeKind::Named ? obj->type->as<Named>() : nullptr;
    if (base)
        later([this, base] { check_field_uniqueness(base); });
    std::vector<Func*> seen = base ? base->methods : std::vector<Func*> {};
    for (Func* m : methods) {
        auto alt
            = std::find_if(seen.begin(), seen.end(), [&](Func* f) { return f->same_id(m->pkg, m->name); });
        if (alt != seen.end()) {
            error(m->pos,
                fmt::format("{}.{} redeclared in this block\n\t{}: other declaration of {}", obj->name,
                    m->name, pos_string((*alt)->pos), m->name));
            continue;
        }
        seen.push_back(m);
        if (base)
            base->methods.push_back(m);
    }
}

void Checker::check_field_uniqueness(Named* base)
{
    Type* u = under(base);
    if (u->kind() != TypeKind::Struct)
        return;
    for (Var* fld : u->as<Struct>()->fields) {
        if (fld->name == "_")
            continue;
        for (Func* m : base->methods) {
            if (m->same_id(fld->pkg, fld->name)) {
                error(m->pos,
                    fmt::format("field and method with the same name {}\n\t{}: other declaration of {}",
                        fld->name, pos_string(fld->pos), fld->name));
                break;
            }
        }
    }
}

void Checker::func_decl(Func* obj, DeclInfo* d)
{
    auto* sig = make<Signature>();
    obj->type = sig; // guards against cycles
    uint32_t saved = obj->color;
    obj->color = kBlack;
    FuncDecl* fdecl = d->fdecl;
    func_type(sig, fdecl->recv, fdecl->type);
    obj->color = saved;
    if (fdecl->body != nullptr && m_is_main) {
        later([this, d, sig, obj, fdecl] {
            m_pkg->functions.push_back({ obj, fdecl, nullptr, sig, fdecl->body });
            func_body(d, sig, fdecl->body, nullptr);
        });
    }
}

void Checker::local_const_decl(ConstDecl* s, ConstDecl*& last, int iota)
{
    size_t top = m_delayed.size();
    bool inherited = true;
    if (s->type || !s->values.empty()) {
        last = s;
        inherited = false;
    } else if (last == nullptr) {
        inherited = false;
    }
    static const std::vector<Expr*> kNoValues;
    const std::vector<Expr*>& values = last ? last->values : kNoValues;
    std::vector<Const*> lhs;
    for (size_t i = 0; i < s->names.size(); ++i) {
        Name* name = s->names[i];
        auto* obj = make<Const>(name->pos, m_pkg, name->value, nullptr, Constant::make_int64(iota));
        lhs.push_back(obj);
        const_decl(obj, last ? last->type : nullptr, i < values.size() ? values[i] : nullptr, inherited);
    }
    arity(s->pos, s->names, values, true, inherited);
    process_delayed(top);
    for (size_t i = 0; i < s->names.size(); ++i)
        declare(m_env.scope, s->names[i], lhs[i]);
}

void Checker::local_var_decl(VarDecl* s)
{
    size_t top = m_delayed.size();
    std::vector<Var*> lhs0;
    for (Name* name : s->names)
        lhs0.push_back(make<Var>(name->pos, m_pkg, name->value, nullptr));
    const auto& values = s->values;
    for (size_t i = 0; i < lhs0.size(); ++i) {
        std::vector<Var*>* lhs = nullptr;
        Expr* init = nullptr;
        if (values.size() == s->names.size()) {
            init = values[i];
        } else if (values.size() == 1) {
            lhs = &lhs0;
            init = values[0];
        } else if (i < values.size()) {
            init = values[i];
        }
        var_decl(lhs0[i], lhs, s->type, init);
        if (values.size() == 1)
            break; // all lhs were handled by the one n:1 declaration
    }
    if (s->type == nullptr || !values.empty())
        arity(s->pos, s->names, values, false, false);
    process_delayed(top);
    for (size_t i = 0; i < s->names.size(); ++i)
        declare(m_env.scope, s->names[i], lhs0[i]);
}

void Checker::decl_stmt(const std::vector<Decl*>& decls)
{
    int first = -1;
    ConstDecl* last = nullptr;
    for (size_t index = 0; index < decls.size(); ++index) {
        Decl* decl = decls[index];
        if (decl->kind != NodeKind::ConstDecl)
            first = -1;
        switch (decl->kind) {
        case NodeKind::ConstDecl: {
            auto* s = decl->as<ConstDecl>();
            if (first < 0 || s->group == nullptr || decls[index - 1]->as<ConstDecl>()->group != s->group) {
                first = static_cast<int>(index);
                last = nullptr;
            }
            local_const_decl(s, last, static_cast<int>(index) - first);
            break;
        }
        case NodeKind::VarDecl:
            local_var_decl(decl->as<VarDecl>());
            break;
        case NodeKind::TypeDecl: {
            auto* s = decl->as<TypeDecl>();
            auto* obj = make<TypeName>(s->name->pos, m_pkg, s->name->value, nullptr);
            declare(m_env.scope, s->name, obj);
            obj->color = kGrey + static_cast<uint32_t>(m_obj_path.size());
            m_obj_path.push_back(obj);
            type_decl(obj, s, nullptr);
            m_obj_path.back()->color = kBlack;
            m_obj_path.pop_back();
            break;
        }
        default:
            break;
        }
    }
}

// validType0: a named type must not contain itself without an indirection.
bool Checker::valid_type(Type* t, ValidTypePath& path)
{
    switch (t->kind()) {
    case TypeKind::Array:
        return valid_type(t->as<Array>()->elem, path);
    case TypeKind::Struct:
        for (Var* f : t->as<Struct>()->fields)
            if (f->type && !valid_type(f->type, path))
                return false;
        return true;
    case TypeKind::Interface:
        for (Type* e : t->as<Interface>()->embeddeds)
            if (!valid_type(e, path))
                return false;
        return true;
    case TypeKind::Named: {
        auto* n = t->as<Named>();
        if (m_valid_named.count(n))
            return true;
        if (is_invalid(under(n)))
            return false;
        if (auto it = path.index.find(n->obj); it != path.index.end()) {
            n->underlying = invalid_type();
            std::vector<Object*> cycle;
            for (size_t k = it->second; k < path.list.size(); ++k)
                cycle.push_back(path.list[k]->obj);
            cycle_error(cycle);
            return false;
        }
        if (n->from_rhs == nullptr)
            return true;
        if (stack_exhausted(n->obj->pos))
            return false;
        path.index.emplace(n->obj, path.list.size());
        path.list.push_back(n);
        bool ok = valid_type(n->from_rhs, path);
        path.list.pop_back();
        path.index.erase(n->obj);
        if (ok)
            m_valid_named.insert(n);
        return ok;
    }
    default:
        return true;
    }
}

// Named.under: collapses `type A B; type B C; ...` chains, reporting cycles.
Type* Checker::named_under(Named* n0)
{
    Type* u = n0->underlying;
    if (u == nullptr || u->kind() != TypeKind::Named)
        return u ? u : invalid_type();
    std::vector<Named*> seen;
    std::vector<Object*> path;
    Named* n = n0;
    Named* n1 = u->as<Named>();
    for (;;) {
        seen.push_back(n);
        path.push_back(n->obj);
        n = n1;
        auto it = std::find(seen.begin(), seen.end(), n);
        if (it != seen.end()) {
            cycle_error(std::vector<Object*>(path.begin() + (it - seen.begin()), path.end()));
            u = invalid_type();
            break;
        }
        u = n->underlying;
        if (u == nullptr) {
            u = invalid_type();
            break;
        }
        if (u->kind() != TypeKind::Named)
            break;
        n1 = u->as<Named>();
    }
    for (Named* s : seen)
        s->underlying = u;
    return u;
}

} // namespace vitro::lang::types
