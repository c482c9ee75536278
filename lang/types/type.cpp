// lang/types/type.cpp — type predicates: underlying types, identity, comparability, nil-ability,
// and interface method sets (types2 predicates.go, typeset.go).
#include "lang/types/checker.h"
#include "lang/types/object.h"
#include "lang/types/types.h"

#include <algorithm>
#include <fmt/format.h>
#include <unordered_set>

namespace vitro::lang::types {

namespace {

// The invalid type for a Named whose underlying type is not known (only reachable after an
// error); immutable, so sharing it between compilations is harmless.
const Basic kInvalidBasic(BasicKind::Invalid, 0, "invalid type");

Type* invalid_basic()
{
    return const_cast<Basic*>(&kInvalidBasic);
}

} // namespace

Type* under(Type* t)
{
    if (t == nullptr || t->kind() != TypeKind::Named)
        return t;
    auto* n = t->as<Named>();
    Type* u = n->underlying;
    if (u == nullptr)
        return invalid_basic();
    if (u->kind() != TypeKind::Named)
        return u;
    if (n->check != nullptr)
        return n->check->named_under(n);
    // A Named from a completed package always has a resolved underlying type; be safe anyway.
    for (int depth = 0; u != nullptr && u->kind() == TypeKind::Named && depth < 100; ++depth)
        u = u->as<Named>()->underlying;
    return u && u->kind() != TypeKind::Named ? u : invalid_basic();
}

const Type* under(const Type* t)
{
    return under(const_cast<Type*>(t));
}

const Basic* as_basic(const Type* t)
{
    const Type* u = under(t);
    return u && u->kind() == TypeKind::Basic ? u->as<Basic>() : nullptr;
}

bool is_basic(const Type* t, uint8_t info)
{
    const Basic* b = as_basic(t);
    return b && (b->info & info) != 0;
}

bool is_untyped(const Type* t)
{
    return t && t->kind() == TypeKind::Basic && (t->as<Basic>()->info & kIsUntyped) != 0;
}

bool is_invalid(const Type* t)
{
    return t == nullptr || (t->kind() == TypeKind::Basic && t->as<Basic>()->basic_kind == BasicKind::Invalid);
}

bool is_interface(const Type* t)
{
    const Type* u = under(t);
    return u && u->kind() == TypeKind::Interface;
}

bool has_name(const Type* t)
{
    return t->kind() == TypeKind::Basic || t->kind() == TypeKind::Named;
}

bool has_nil(const Type* t)
{
    const Type* u = under(t);
    switch (u->kind()) {
    case TypeKind::Basic:
        return u->as<Basic>()->basic_kind == BasicKind::UnsafePointer;
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Interface:
        return true;
    default:
        return false;
    }
}

bool is_bytes_or_runes(const Type* t)
{
    const Type* u = under(t);
    if (u->kind() != TypeKind::Slice)
        return false;
    const Basic* b = as_basic(u->as<Slice>()->elem);
    return b && (b->basic_kind == BasicKind::Uint8 || b->basic_kind == BasicKind::Int32);
}

bool is_interface_ptr(const Type* t)
{
    const Type* u = under(t);
    return u->kind() == TypeKind::Pointer && is_interface(u->as<Pointer>()->base);
}

Type* deref(Type* t, bool* is_ptr)
{
    bool ptr = t && t->kind() == TypeKind::Pointer;
    if (is_ptr)
        *is_ptr = ptr;
    return ptr ? t->as<Pointer>()->base : t;
}

Type* array_ptr_deref(Type* t)
{
    if (t->kind() == TypeKind::Pointer) {
        Type* b = under(t->as<Pointer>()->base);
        if (b->kind() == TypeKind::Array)
            return b;
    }
    return t;
}

namespace {

struct IfacePair {
    const Interface* x;
    const Interface* y;
    const IfacePair* prev;
};

bool identical0(const Type* x, const Type* y, bool cmp_tags, const IfacePair* p);

bool identical_tuples(const Tuple* x, const Tuple* y, bool cmp_tags, const IfacePair* p)
{
    size_t nx = x ? x->len() : 0, ny = y ? y->len() : 0;
    if (nx != ny)
        return false;
    for (size_t i = 0; i < nx; ++i)
        if (!identical0(x->vars[i]->type, y->vars[i]->type, cmp_tags, p))
            return false;
    return true;
}

bool identical_structs(const Struct* x, const Struct* y, bool cmp_tags, const IfacePair* p)
{
    if (x->fields.size() != y->fields.size())
        return false;
    for (size_t i = 0; i < x->fields.size(); ++i) {
        Var* f = x->fields[i];
        Var* g = y->fields[i];
        if (f->embedded != g->embedded || (cmp_tags && x->tag(i) != y->tag(i)) || !f->same_id(g->pkg, g->name)
            || !identical0(f->type, g->type, cmp_tags, p))
            return false;
    }
    return true;
}

bool identical_interfaces(const Interface* x, const Interface* y, bool cmp_tags, const IfacePair* p)
{
    const auto& a = interface_methods(const_cast<Interface*>(x));
    const auto& b = interface_methods(const_cast<Interface*>(y));
    if (a.size() != b.size())
        return false;
    IfacePair q { x, y, p };
    for (const IfacePair* r = p; r; r = r->prev)
        if ((r->x == x && r->y == y) || (r->x == y && r->y == x))
            return true; // same pair was compared before
    for (size_t i = 0; i < a.size(); ++i) {
        Func* f = a[i];
        Func* g = b[i];
        if (!f->same_id(g->pkg, g->name) || !identical0(f->type, g->type, cmp_tags, &q))
            return false;
    }
    return true;
}

bool identical0(const Type* x, const Type* y, bool cmp_tags, const IfacePair* p)
{
    if (x == y)
        return true;
    if (x == nullptr || y == nullptr || x->kind() != y->kind())
        return false;
    switch (x->kind()) {
    case TypeKind::Basic:
        return x->as<Basic>()->basic_kind == y->as<Basic>()->basic_kind;
    case TypeKind::Array: {
        auto *a = x->as<Array>(), *b = y->as<Array>();
        return (a->len < 0 || b->len < 0 || a->len == b->len) && identical0(a->elem, b->elem, cmp_tags, p);
    }
    case TypeKind::Slice:
        return identical0(x->as<Slice>()->elem, y->as<Slice>()->elem, cmp_tags, p);
    case TypeKind::Struct:
        return identical_structs(x->as<Struct>(), y->as<Struct>(), cmp_tags, p);
    case TypeKind::Pointer:
        return identical0(x->as<Pointer>()->base, y->as<Pointer>()->base, cmp_tags, p);
    case TypeKind::Tuple:
        return identical_tuples(x->as<Tuple>(), y->as<Tuple>(), cmp_tags, p);
    case TypeKind::Signature: {
        auto *a = x->as<Signature>(), *b = y->as<Signature>();
        return a->variadic == b->variadic && identical_tuples(a->params, b->params, cmp_tags, p)
            && identical_tuples(a->results, b->results, cmp_tags, p);
    }
    case TypeKind::Interface:
        return identical_interfaces(x->as<Interface>(), y->as<Interface>(), cmp_tags, p);
    case TypeKind::Map: {
        auto *a = x->as<Map>(), *b = y->as<Map>();
        return identical0(a->key, b->key, cmp_tags, p) && identical0(a->elem, b->elem, cmp_tags, p);
    }
    case TypeKind::Chan: {
        auto *a = x->as<Chan>(), *b = y->as<Chan>();
        return a->dir == b->dir && identical0(a->elem, b->elem, cmp_tags, p);
    }
    case TypeKind::Named:
        return x->as<Named>()->obj == y->as<Named>()->obj;
    }
    return false;
}

// `seen` holds the named types being expanded: meeting one again is only possible through an
// invalid recursive type, reported elsewhere (types2 comparable's seen map).
bool comparable0(const Type* t, std::unordered_set<const Type*>& seen)
{
    if (t->kind() == TypeKind::Named && !seen.insert(t).second)
        return true;
    const Type* u = under(t);
    switch (u->kind()) {
    case TypeKind::Basic:
        return u->as<Basic>()->basic_kind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
        return true;
    case TypeKind::Struct:
        for (Var* f : u->as<Struct>()->fields)
            if (!comparable0(f->type, seen))
                return false;
        return true;
    case TypeKind::Array:
        return comparable0(u->as<Array>()->elem, seen);
    default:
        return false;
    }
}

// types2 object.less: exported names first, then by name, then unexported ones by package.
bool method_less(const Func* a, const Func* b)
{
    bool ea = a->exported(), eb = b->exported();
    if (ea != eb)
        return ea;
    if (a->name != b->name)
        return a->name < b->name;
    if (!ea && a->pkg && b->pkg) {
        if (a->pkg->height != b->pkg->height)
            return a->pkg->height < b->pkg->height;
        return a->pkg->path < b->pkg->path;
    }
    return false;
}

} // namespace

bool identical(const Type* x, const Type* y)
{
    return identical0(x, y, true, nullptr);
}
bool identical_ignore_tags(const Type* x, const Type* y)
{
    return identical0(x, y, false, nullptr);
}
bool comparable(const Type* t)
{
    std::unordered_set<const Type*> seen;
    return comparable0(t, seen);
}

void sort_methods(std::vector<Func*>& list)
{
    std::stable_sort(list.begin(), list.end(), method_less);
}

// Mirrors computeInterfaceTypeSet (typeset.go) for method-only interfaces.
const std::vector<Func*>& interface_methods(Interface* t, Checker* check)
{
    if (t->set_computed || t->set_computing)
        return t->all_methods;
    t->set_computing = true;
    std::vector<Func*> all;
    std::vector<Pos> pos_of;
    auto find = [&](Func* m) -> int {
        for (size_t i = 0; i < all.size(); ++i)
            if (all[i]->same_id(m->pkg, m->name))
                return static_cast<int>(i);
        return -1;
    };
    auto add = [&](Pos pos, Func* m, bool explicit_method) {
        int other = find(m);
        if (other < 0) {
            all.push_back(m);
            pos_of.push_back(pos);
            return;
        }
        if (check == nullptr)
            return;
        if (explicit_method || !identical(m->type, all[other]->type))
            check->error(pos,
                fmt::format("duplicate method {}\n\t{}: other declaration of {}", m->name,
                    check->pos_string(pos_of[static_cast<size_t>(other)]), m->name));
    };
    for (Func* m : t->methods)
        add(m->pos, m, true);
    for (size_t i = 0; i < t->embeddeds.size(); ++i) {
        Type* u = under(t->embeddeds[i]);
        if (u->kind() != TypeKind::Interface)
            continue; // reported when the interface was declared
        Pos pos = i < t->embed_pos.size() ? t->embed_pos[i] : Pos {};
        for (Func* m : interface_methods(u->as<Interface>(), check))
            add(pos, m, false);
    }
    sort_methods(all);
    t->all_methods = std::move(all);
    t->set_computing = false;
    t->set_computed = true;
    return t->all_methods;
}

} // namespace vitro::lang::types
