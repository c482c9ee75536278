// lang/types/literal.cpp — composite literals: structs, arrays, slices and maps, with elided
// element types, keys and duplicate detection (types2 expr.go CompositeLit, index.go
// indexedElts).
#include "lang/types/checker.h"

#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace vitro::lang::types {

void Checker::struct_lit(Operand& x, CompositeLit* e, Struct* st, Type* type, Type* base)
{
    if (e->elems.empty())
        return;
    const auto& fields = st->fields;
    if (e->elems[0]->kind == NodeKind::KeyValueExpr) {
        std::vector<bool> visited(fields.size());
        for (Expr* el : e->elems) {
            if (el->kind != NodeKind::KeyValueExpr) {
                error_at(el, "mixture of field:value and value elements in struct literal");
                continue;
            }
            auto* kv = el->as<KeyValueExpr>();
            Name* key = kv->key->kind == NodeKind::Name ? kv->key->as<Name>() : nullptr;
            expr(x, kv->value);
            if (key == nullptr) {
                error_at(kv, fmt::format("invalid field name {} in struct literal", expr_string(kv->key)));
                continue;
            }
            int i = -1;
            if (key->value != "_") {
                for (size_t k = 0; k < fields.size(); ++k) {
                    if (fields[k]->same_id(m_pkg, key->value)) {
                        i = static_cast<int>(k);
                        break;
                    }
                }
            }
            if (i < 0) {
                error(key->pos,
                    fmt::format(
                        "unknown field '{}' in struct literal of type {}", key->value, type_string(base)));
                continue;
            }
            Var* fld = fields[static_cast<size_t>(i)];
            key->object = fld;
            assignment(x, fld->type, "struct literal");
            if (visited[static_cast<size_t>(i)]) {
                error_at(kv, fmt::format("duplicate field name {} in struct literal", key->value));
                continue;
            }
            visited[static_cast<size_t>(i)] = true;
        }
        return;
    }
    for (size_t i = 0; i < e->elems.size(); ++i) {
        Expr* el = e->elems[i];
        if (el->kind == NodeKind::KeyValueExpr) {
            error_at(el, "mixture of field:value and value elements in struct literal");
            continue;
        }
        expr(x, el);
        if (i >= fields.size()) {
            error_at(x, fmt::format("too many values in {}{{…}}", type_string(base)));
            break;
        }
        Var* fld = fields[i];
        if (!fld->exported() && fld->pkg != m_pkg) {
            error_at(x,
                fmt::format("implicit assignment to unexported field {} in {} literal", fld->name,
                    type_string(type)));
            continue;
        }
        assignment(x, fld->type, "struct literal");
    }
    if (e->elems.size() < fields.size())
        error(e->rbrace, fmt::format("too few values in {}{{…}}", type_string(base)));
}

namespace {

// go/constant keyVal: constants that are equal as Go values collide as map keys.
std::string key_of(const Constant& v)
{
    switch (v.kind()) {
    case ConstKind::Bool:
        return v.bool_value() ? "b1" : "b0";
    case ConstKind::String:
        return "s" + std::string(v.string_value());
    case ConstKind::Int:
        return "n" + v.exact_string();
    case ConstKind::Float: {
        Constant i = v.to_int();
        if (i.kind() == ConstKind::Int)
            return "n" + i.exact_string();
        return "f" + fmt::format("{}", v.float64_value());
    }
    case ConstKind::Unknown:
        break;
    }
    return "";
}

// Whether a composite literal's underlying type is fully set up; it is not while its own
// declaration is being checked (its elements or fields are still missing).
bool type_complete(const Type* u)
{
    switch (u->kind()) {
    case TypeKind::Struct:
        return u->as<Struct>()->complete;
    case TypeKind::Array:
        return u->as<Array>()->elem != nullptr;
    case TypeKind::Slice:
        return u->as<Slice>()->elem != nullptr;
    case TypeKind::Map:
        return u->as<Map>()->key != nullptr && u->as<Map>()->elem != nullptr;
    default:
        return true;
    }
}

} // namespace

void Checker::map_lit(Operand& x, CompositeLit* e, Map* m)
{
    bool key_is_interface = is_interface(m->key);
    std::unordered_map<std::string, std::vector<Type*>> visited;
    for (Expr* el : e->elems) {
        if (el->kind != NodeKind::KeyValueExpr) {
            error_at(el, "missing key in map literal");
            continue;
        }
        auto* kv = el->as<KeyValueExpr>();
        expr_with_hint(x, kv->key, m->key);
        assignment(x, m->key, "map literal");
        if (x.invalid())
            continue;
        if (x.mode == Mode::Constant) {
            bool duplicate = false;
            std::string k = key_of(x.val);
            if (!k.empty()) {
                auto& types = visited[k];
                if (key_is_interface) {
                    for (Type* t : types)
                        if (identical(t, x.type))
                            duplicate = true;
                    types.push_back(x.type);
                } else {
                    duplicate = !types.empty();
                    types.push_back(nullptr);
                }
            }
            if (duplicate) {
                error_at(x, fmt::format("duplicate key {} in map literal", x.val.to_string()));
                continue;
            }
        }
        expr_with_hint(x, kv->value, m->elem);
        assignment(x, m->elem, "map literal");
    }
}

int64_t Checker::indexed_elts(const std::vector<Expr*>& elts, Type* elem, int64_t length)
{
    // A slice literal's length must still be an int: its last index is below MaxInt64. Go's
    // checker lets the index wrap around here and its back end then fails with an internal
    // message; vitro reports the index with the wording of an array literal's bound.
    const int64_t bound = length >= 0 ? length : std::numeric_limits<int64_t>::max();
    std::unordered_set<int64_t> visited;
    int64_t index = 0, max = 0;
    for (Expr* e : elts) {
        bool valid_index = false;
        Expr* eval = e;
        if (e->kind == NodeKind::KeyValueExpr) {
            auto* kv = e->as<KeyValueExpr>();
            int64_t i = -1;
            if (!is_invalid(this->index(kv->key, length, &i))) {
                if (i >= bound) {
                    error_at(e, fmt::format("index {} is out of bounds (>= {})", i, bound));
                } else if (i >= 0) {
                    index = i;
                    valid_index = true;
                } else {
                    error_at(e, fmt::format("index {} must be integer constant", expr_string(kv->key)));
                }
            }
            eval = kv->value;
        } else if (index >= bound) {
            error_at(e, fmt::format("index {} is out of bounds (>= {})", index, bound));
        } else {
            valid_index = true;
        }
        if (valid_index && !visited.insert(index).second)
            error_at(e, fmt::format("duplicate index {} in array or slice literal", index));
        if (index < std::numeric_limits<int64_t>::max())
            ++index;
        if (index > max)
            max = index;
        Operand x;
        expr_with_hint(x, eval, elem);
        assignment(x, elem, "array or slice literal");
    }
    return max;
}

void Checker::composite_lit(Operand& x, CompositeLit* e, Type* hint)
{
    Type* type = nullptr;
    Type* base = nullptr;
    if (e->type) {
        if (e->type->kind == NodeKind::ArrayType && e->type->as<ArrayType>()->len == nullptr) {
            // [...]T: the length comes from the literal
            type = make<Array>(var_type(e->type->as<ArrayType>()->elem), -1);
        } else {
            type = type_expr(e->type);
        }
        base = type;
    } else if (hint) {
        type = hint;
        base = deref(under(type)); // *T implies &T{}
    } else {
        error_at(e, "missing type in composite literal");
        x.mode = Mode::Invalid;
        return;
    }
    Type* u = under(base);
    if (!type_complete(u)) {
        // The literal's type is the one being declared, used in its own array length:
        // `type T [len(T{})]int` (types2 compositeLit).
        error_at(e, "illegal cycle in type declaration");
        x.mode = Mode::Invalid;
        return;
    }
    switch (u->kind()) {
    case TypeKind::Struct:
        struct_lit(x, e, u->as<Struct>(), type, base);
        break;
    case TypeKind::Array: {
        auto* a = u->as<Array>();
        int64_t n = indexed_elts(e->elems, a->elem, a->len);
        if (a->len < 0) {
            a->len = n;
            if (e->type) {
                e->type->type = a;
                e->type->mode = ExprMode::TypeExpr;
            }
        }
        break;
    }
    case TypeKind::Slice:
        indexed_elts(e->elems, u->as<Slice>()->elem, -1);
        break;
    case TypeKind::Map:
        map_lit(x, e, u->as<Map>());
        break;
    default:
        for (Expr* el : e->elems)
            use(el->kind == NodeKind::KeyValueExpr ? el->as<KeyValueExpr>()->value : el);
        if (!is_invalid(u))
            error_at(e, fmt::format("invalid composite literal type {}", type_string(type)));
        x.mode = Mode::Invalid;
        return;
    }
    if (e->type)
        note_size_site(e->pos, type);
    x.mode = Mode::Value;
    x.type = type;
}

} // namespace vitro::lang::types
