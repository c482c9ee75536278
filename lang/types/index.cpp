// lang/types/index.cpp — index and slice expressions with constant bounds checks (types2
// index.go).
#include "lang/types/checker.h"

namespace vitro::lang::types {

void Checker::index_expr(Operand& x, IndexExpr* e)
{
    expr_or_type(x, e->x);
    switch (x.mode) {
    case Mode::Invalid:
        use(e->index);
        return;
    case Mode::TypeExpr:
        // Instantiation: v1 has no generic types, so as types2 says, this one is not one.
        error_at(e->x, fmt::format("{} is not a generic type", type_string(x.type)));
        x.mode = Mode::Invalid;
        return; // like types2, the index is never looked at (its variables stay unused)
    default:
        break;
    }
    bool valid = false;
    int64_t length = -1;
    Type* u = under(x.type);
    switch (u->kind()) {
    case TypeKind::Basic:
        if (is_string(u)) {
            valid = true;
            if (x.mode == Mode::Constant && !x.val.is_unknown())
                length = static_cast<int64_t>(x.val.string_value().size());
            x.mode = Mode::Value;
            x.type = universe().byte_type;
        }
        break;
    case TypeKind::Array:
        valid = true;
        length = u->as<Array>()->len;
        if (x.mode != Mode::Variable)
            x.mode = Mode::Value;
        x.type = u->as<Array>()->elem;
        break;
    case TypeKind::Pointer:
        if (Type* a = under(u->as<Pointer>()->base); a->kind() == TypeKind::Array) {
            valid = true;
            length = a->as<Array>()->len;
            x.mode = Mode::Variable;
            x.type = a->as<Array>()->elem;
        }
        break;
    case TypeKind::Slice:
        valid = true;
        x.mode = Mode::Variable;
        x.type = u->as<Slice>()->elem;
        break;
    case TypeKind::Map: {
        Operand key;
        expr(key, e->index);
        assignment(key, u->as<Map>()->key, "map index");
        x.mode = Mode::MapIndex;
        x.type = u->as<Map>()->elem;
        x.expr = e;
        return;
    }
    default:
        break;
    }
    if (!valid) {
        error(e->pos, fmt::format("invalid operation: cannot index {}", operand_string(x)));
        x.mode = Mode::Invalid;
        return; // like types2, the index is never looked at (its variables stay unused)
    }
    if (e->index->kind == NodeKind::ListExpr) {
        auto* l = e->index->as<ListExpr>();
        if (l->elems.size() > 1)
            error_at(l->elems[1], "invalid operation: more than one index");
        if (!l->elems.empty()) {
            int64_t ignored;
            index(l->elems[0], length, &ignored);
        }
        return;
    }
    int64_t ignored;
    index(e->index, length, &ignored);
}

void Checker::slice_expr(Operand& x, SliceExpr* e)
{
    expr(x, e->x);
    if (x.invalid()) {
        for (Expr* i : e->index)
            use(i);
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type* u = under(x.type);
    switch (u->kind()) {
    case TypeKind::Basic:
        if (is_string(u)) {
            if (e->full) {
                Expr* at = e->index[2] ? e->index[2] : static_cast<Expr*>(e);
                error_at(at, "invalid operation: 3-index slice of string");
                x.mode = Mode::Invalid;
                return;
            }
            valid = true;
            if (x.mode == Mode::Constant && !x.val.is_unknown())
                length = static_cast<int64_t>(x.val.string_value().size());
            if (is_untyped(x.type))
                x.type = typ(BasicKind::String);
        }
        break;
    case TypeKind::Array:
        valid = true;
        length = u->as<Array>()->len;
        if (x.mode != Mode::Variable) {
            error_at(
                x, fmt::format("invalid operation: {} (slice of unaddressable value)", operand_string(x)));
            x.mode = Mode::Invalid;
            return;
        }
        x.type = make<Slice>(u->as<Array>()->elem);
        break;
    case TypeKind::Pointer:
        if (Type* a = under(u->as<Pointer>()->base); a->kind() == TypeKind::Array) {
            valid = true;
            length = a->as<Array>()->len;
            x.type = make<Slice>(a->as<Array>()->elem);
        }
        break;
    case TypeKind::Slice:
        valid = true;
        break;
    default:
        break;
    }
    if (!valid) {
        error_at(x, fmt::format("invalid operation: cannot slice {}", operand_string(x)));
        x.mode = Mode::Invalid;
        return;
    }
    x.mode = Mode::Value;
    if (e->full && (e->index[1] == nullptr || e->index[2] == nullptr)) {
        error_at(e, "invalid AST: 2nd and 3rd index required in 3-index slice");
        x.mode = Mode::Invalid;
        return;
    }
    int64_t ind[3];
    for (int i = 0; i < 3; ++i) {
        int64_t v = -1;
        if (Expr* ie = e->index[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            int64_t val = -1;
            index(ie, max, &val);
            if (val >= 0)
                v = val;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    for (int i = 0; i < 2; ++i) {
        if (ind[i] <= 0)
            continue;
        for (int j = i + 1; j < 3; ++j) {
            if (ind[j] >= 0 && ind[j] < ind[i]) {
                error_at(e->index[j], fmt::format("invalid slice indices: {} < {}", ind[j], ind[i]));
                return; // only one error
            }
        }
    }
}

Type* Checker::index(Expr* index, int64_t max, int64_t* val)
{
    *val = -1;
    Operand x;
    expr(x, index);
    if (!is_valid_index(x, "index", false))
        return invalid_type();
    if (x.mode != Mode::Constant)
        return x.type;
    if (x.val.is_unknown())
        return invalid_type();
    auto v = x.val.int64_value();
    if (!v)
        return invalid_type();
    if (max >= 0 && *v >= max) {
        error_at(x, fmt::format("invalid argument: index {} out of bounds [0:{}]", x.val.to_string(), max));
        return invalid_type();
    }
    *val = *v;
    return x.type;
}

bool Checker::is_valid_index(Operand& x, std::string_view what, bool allow_negative)
{
    if (x.invalid())
        return false;
    convert_untyped(x, typ(BasicKind::Int));
    if (x.invalid())
        return false;
    if (!is_integer(x.type)) {
        error_at(x, fmt::format("invalid argument: {} {} must be integer", what, operand_string(x)));
        return false;
    }
    if (x.mode == Mode::Constant) {
        if (!allow_negative && x.val.sign() < 0) {
            error_at(x, fmt::format("invalid argument: {} {} must not be negative", what, operand_string(x)));
            return false;
        }
        Constant v;
        if (!representable_const(x.val, typ(BasicKind::Int)->as<Basic>(), &v)) {
            error_at(x, fmt::format("invalid argument: {} {} overflows int", what, operand_string(x)));
            return false;
        }
        x.val = std::move(v);
    }
    return true;
}

} // namespace vitro::lang::types
