// lang/types/lookup.cpp — field and method lookup through embedded fields, method sets and
// interface satisfaction (types2 lookup.go, instantiate.go implements).
#include "lang/types/checker.h"

#include <algorithm>
#include <strings.h>

namespace vitro::lang::types {

namespace {

// The embedded field indices walked to reach a type, as nodes of a tree shared by all paths of
// one lookup (a node is its parent's path plus one index), so that a step down a long chain
// of embedded structs costs O(1) instead of a copy of the whole path.
class IndexPaths {
public:
    static constexpr int kRoot = -1;
    int concat(int parent, int i)
    {
        m_nodes.push_back({ parent, i });
        return static_cast<int>(m_nodes.size()) - 1;
    }
    std::vector<int> path(int node, int last) const
    {
        std::vector<int> out { last };
        for (; node != kRoot; node = m_nodes[static_cast<size_t>(node)].parent)
            out.push_back(m_nodes[static_cast<size_t>(node)].index);
        std::reverse(out.begin(), out.end());
        return out;
    }

private:
    struct Node {
        int parent;
        int index;
    };
    std::vector<Node> m_nodes;
};

struct Embedded {
    Type* type;
    int index; // node of the embedded field indices walked so far (IndexPaths)
    bool indirect; // a pointer was followed on the way
    bool multiples; // the type appears several times at this depth
};

bool equal_fold(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

int find_method(const std::vector<Func*>& methods, const Package* pkg, std::string_view name, bool fold_case)
{
    if (name == "_")
        return -1;
    for (size_t i = 0; i < methods.size(); ++i) {
        Func* m = methods[i];
        if ((m->name == name || (fold_case && equal_fold(m->name, name))) && m->same_id(pkg, m->name))
            return static_cast<int>(i);
    }
    return -1;
}

std::vector<Embedded> consolidate_multiples(std::vector<Embedded> list)
{
    if (list.size() <= 1)
        return list;
    std::vector<Embedded> out;
    for (Embedded& e : list) {
        auto it = std::find_if(
            out.begin(), out.end(), [&](const Embedded& o) { return identical(o.type, e.type); });
        if (it != out.end())
            it->multiples = true;
        else
            out.push_back(std::move(e));
    }
    return out;
}

} // namespace

Checker::Lookup Checker::lookup_field_or_method(
    Type* t, bool addressable, const Package* pkg, std::string_view name, bool fold_case)
{
    // Methods of a named pointer type are not found (spec "Method sets").
    if (t->kind() == TypeKind::Named) {
        Type* u = under(t);
        if (u->kind() == TypeKind::Pointer) {
            Lookup r = lookup_field_or_method0(u, false, pkg, name, fold_case);
            if (r.obj && r.obj->kind() == ObjectKind::Func)
                return {};
            return r;
        }
    }
    return lookup_field_or_method0(t, addressable, pkg, name, fold_case);
}

Checker::Lookup Checker::lookup_field_or_method0(
    Type* t, bool addressable, const Package* pkg, std::string_view name, bool fold_case)
{
    if (name == "_")
        return {};
    bool is_ptr = false;
    Type* typ = deref(t, &is_ptr);
    if (is_ptr && is_interface(typ))
        return {}; // pointers to interfaces have no methods
    IndexPaths paths;
    std::vector<Embedded> current { { typ, IndexPaths::kRoot, is_ptr, false } };
    std::unordered_set<Named*> seen;
    Lookup r;
    while (!current.empty()) {
        std::vector<Embedded> next;
        for (Embedded& e : current) {
            Type* et = e.type;
            if (et->kind() == TypeKind::Named) {
                auto* named = et->as<Named>();
                if (!seen.insert(named).second)
                    continue;
                int i = find_method(named->methods, pkg, name, fold_case);
                if (i >= 0) {
                    r.index = paths.path(e.index, i);
                    if (r.obj || e.multiples)
                        return { nullptr, r.index, false }; // collision
                    r.obj = named->methods[static_cast<size_t>(i)];
                    r.indirect = e.indirect;
                    continue;
                }
            }
            Type* u = under(et);
            if (u->kind() == TypeKind::Struct) {
                const auto& fields = u->as<Struct>()->fields;
                for (size_t i = 0; i < fields.size(); ++i) {
                    Var* f = fields[i];
                    if (f->same_id(pkg, name)) {
                        r.index = paths.path(e.index, static_cast<int>(i));
                        if (r.obj || e.multiples)
                            return { nullptr, r.index, false };
                        r.obj = f;
                        r.indirect = e.indirect;
                        continue;
                    }
                    if (r.obj == nullptr && f->embedded) {
                        bool p = false;
                        Type* ft = deref(f->type, &p);
                        next.push_back(
                            { ft, paths.concat(e.index, static_cast<int>(i)), e.indirect || p, e.multiples });
                    }
                }
            } else if (u->kind() == TypeKind::Interface) {
                const auto& methods = interface_methods(u->as<Interface>(), this);
                int i = find_method(methods, pkg, name, fold_case);
                if (i >= 0) {
                    r.index = paths.path(e.index, i);
                    if (r.obj || e.multiples)
                        return { nullptr, r.index, false };
                    r.obj = methods[static_cast<size_t>(i)];
                    r.indirect = e.indirect;
                }
            }
        }
        if (r.obj) {
            if (r.obj->kind() == ObjectKind::Func && r.obj->as<Func>()->has_ptr_recv() && !r.indirect
                && !addressable)
                return { nullptr, {}, true }; // pointer/addressable receiver required
            return r;
        }
        current = consolidate_multiples(std::move(next));
    }
    return {};
}

Func* Checker::missing_method(Type* v, Interface* t, bool is_static, Func** alt)
{
    *alt = nullptr;
    const auto& methods = interface_methods(t, this);
    if (methods.empty())
        return nullptr;
    if (Type* vu = under(v); vu->kind() == TypeKind::Interface) {
        const auto& vset = interface_methods(vu->as<Interface>(), this);
        for (Func* m : methods) {
            int i = find_method(vset, m->pkg, m->name, false);
            if (i < 0) {
                if (!is_static)
                    continue;
                return m;
            }
            Func* f = vset[static_cast<size_t>(i)];
            if (!identical(f->type, m->type)) {
                *alt = f;
                return m;
            }
        }
        return nullptr;
    }
    for (Func* m : methods) {
        Lookup r = lookup_field_or_method0(v, false, m->pkg, m->name, false);
        bool found = r.obj != nullptr;
        if (!found) {
            r = lookup_field_or_method0(make<Pointer>(v), false, m->pkg, m->name, false);
            if (r.obj == nullptr)
                r = lookup_field_or_method0(v, false, m->pkg, m->name, true);
        }
        if (r.obj == nullptr || r.obj->kind() != ObjectKind::Func)
            return m;
        auto* f = r.obj->as<Func>();
        obj_decl(f, nullptr);
        if (!found || !identical(f->type, m->type)) {
            *alt = f;
            return m;
        }
    }
    return nullptr;
}

std::string Checker::interface_ptr_error(Type* t)
{
    return fmt::format("type {} is pointer to interface, not interface", type_string(t));
}

std::string Checker::missing_method_reason(Type* v, Type* t, Func* m, Func* alt)
{
    std::string mname = std::string(m->name) + " method";
    if (alt) {
        if (m->name != alt->name)
            return fmt::format(
                "(missing {})\n\t\thave {}\n\t\twant {}", mname, func_string(alt), func_string(m));
        if (identical(m->type, alt->type))
            return fmt::format("({} has pointer receiver)", mname);
        return fmt::format(
            "(wrong type for {})\n\t\thave {}\n\t\twant {}", mname, func_string(alt), func_string(m));
    }
    if (is_interface_ptr(v))
        return "(" + interface_ptr_error(v) + ")";
    if (is_interface_ptr(t))
        return "(" + interface_ptr_error(t) + ")";
    return fmt::format("(missing {})", mname);
}

} // namespace vitro::lang::types
