// lang/types/object.cpp — objects and scopes (types2 object.go, scope.go).
#include "lang/types/object.h"

#include "lang/types/package.h"

namespace vitro::lang::types {

namespace {

// Decodes the first UTF-8 code point of s (0 for empty or malformed input).
uint32_t first_rune(std::string_view s)
{
    if (s.empty())
        return 0;
    auto c = static_cast<unsigned char>(s[0]);
    if (c < 0x80)
        return c;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (n == 0 || s.size() <= static_cast<size_t>(n))
        return 0;
    uint32_t r = c & (0x3F >> n);
    for (int i = 1; i <= n; ++i)
        r = (r << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return r;
}

// unicode.IsUpper for the scripts identifiers realistically use; Go's full table is not
// needed to decide exportedness of names in v1 programs.
bool is_upper(uint32_t r)
{
    if (r < 0x80)
        return r >= 'A' && r <= 'Z';
    if (r >= 0xC0 && r <= 0xDE)
        return r != 0xD7;
    if (r >= 0x100 && r <= 0x17F)
        return r % 2 == 0 && r != 0x138;
    if (r >= 0x391 && r <= 0x3AB)
        return r != 0x3A2;
    if (r >= 0x400 && r <= 0x42F)
        return true;
    return false;
}

} // namespace

bool Object::exported() const
{
    return is_upper(first_rune(name));
}

bool Object::same_id(const Package* p, std::string_view n) const
{
    if (n != name)
        return false;
    if (exported())
        return true;
    if (p == nullptr || pkg == nullptr)
        return p == pkg;
    return p->path == pkg->path;
}

bool TypeName::is_alias() const
{
    if (type == nullptr)
        return false;
    switch (type->kind()) {
    case TypeKind::Basic: {
        auto* b = type->as<Basic>();
        return pkg != nullptr || b->name != name || b->name == "byte" || b->name == "rune";
    }
    case TypeKind::Named:
        return this != type->as<Named>()->obj;
    default:
        return true;
    }
}

bool Func::has_ptr_recv() const
{
    if (type != nullptr && type->kind() == TypeKind::Signature) {
        if (Var* recv = type->as<Signature>()->recv) {
            bool ptr = false;
            deref(recv->type, &ptr);
            return ptr;
        }
    }
    return ptr_recv_hint;
}

Scope::Scope(Scope* p, bool func)
    : parent(p)
    , is_func(func)
{
    if (p)
        p->children.push_back(this);
}

Object* Scope::lookup(std::string_view name) const
{
    if (!m_index.empty()) {
        auto it = m_index.find(name);
        return it == m_index.end() ? nullptr : it->second;
    }
    for (Object* o : elems)
        if (o->name == name)
            return o;
    return nullptr;
}

Object* Scope::lookup_parent(std::string_view name, Scope** found)
{
    for (Scope* s = this; s; s = s->parent) {
        if (Object* o = s->lookup(name)) {
            if (found)
                *found = s;
            return o;
        }
    }
    return nullptr;
}

Object* Scope::insert(Object* obj)
{
    if (Object* alt = lookup(obj->name))
        return alt;
    elems.push_back(obj);
    if (!m_index.empty()) {
        m_index.emplace(obj->name, obj);
    } else if (elems.size() > kIndexThreshold) {
        m_index.reserve(elems.size() * 2);
        for (Object* o : elems)
            m_index.emplace(o->name, o);
    }
    if (obj->parent == nullptr)
        obj->parent = this;
    return nullptr;
}

} // namespace vitro::lang::types
