// lang/types/untyped.cpp — untyped values: representability of constants, implicit
// conversion to a context's type, and retyping already-annotated subtrees once the final type
// is known (types2 expr.go: representableConst, implicitTypeAndValue, updateExprType).
#include "lang/types/checker.h"

namespace vitro::lang::types {

namespace {

bool const_type_of(BasicKind k, ConstType* out)
{
    switch (k) {
    case BasicKind::Bool:
        *out = ConstType::Bool;
        return true;
    case BasicKind::String:
        *out = ConstType::String;
        return true;
    case BasicKind::Int:
        *out = ConstType::Int;
        return true;
    case BasicKind::Int8:
        *out = ConstType::Int8;
        return true;
    case BasicKind::Int16:
        *out = ConstType::Int16;
        return true;
    case BasicKind::Int32:
        *out = ConstType::Int32;
        return true;
    case BasicKind::Int64:
        *out = ConstType::Int64;
        return true;
    case BasicKind::Uint:
        *out = ConstType::Uint;
        return true;
    case BasicKind::Uint8:
        *out = ConstType::Uint8;
        return true;
    case BasicKind::Uint16:
        *out = ConstType::Uint16;
        return true;
    case BasicKind::Uint32:
        *out = ConstType::Uint32;
        return true;
    case BasicKind::Uint64:
        *out = ConstType::Uint64;
        return true;
    case BasicKind::Uintptr:
        *out = ConstType::Uintptr;
        return true;
    case BasicKind::Float32:
        *out = ConstType::Float32;
        return true;
    case BasicKind::Float64:
        *out = ConstType::Float64;
        return true;
    case BasicKind::UntypedBool:
        *out = ConstType::UntypedBool;
        return true;
    case BasicKind::UntypedInt:
        *out = ConstType::UntypedInt;
        return true;
    case BasicKind::UntypedRune:
        *out = ConstType::UntypedRune;
        return true;
    case BasicKind::UntypedFloat:
        *out = ConstType::UntypedFloat;
        return true;
    case BasicKind::UntypedString:
        *out = ConstType::UntypedString;
        return true;
    default:
        return false;
    }
}

} // namespace

Type* Checker::default_type(Type* t)
{
    if (t == nullptr || t->kind() != TypeKind::Basic)
        return t;
    switch (t->as<Basic>()->basic_kind) {
    case BasicKind::UntypedBool:
        return typ(BasicKind::Bool);
    case BasicKind::UntypedInt:
        return typ(BasicKind::Int);
    case BasicKind::UntypedRune:
        return universe().rune_type;
    case BasicKind::UntypedFloat:
        return typ(BasicKind::Float64);
    case BasicKind::UntypedComplex:
        return typ(BasicKind::Complex128);
    case BasicKind::UntypedString:
        return typ(BasicKind::String);
    default:
        return t;
    }
}

bool Checker::representable_const(const Constant& x, const Basic* t, Constant* rounded)
{
    if (x.is_unknown())
        return true; // avoid follow-up errors
    ConstType ct;
    if (t == nullptr || !const_type_of(t->basic_kind, &ct))
        return false;
    std::optional<Constant> v = x.represent_as(ct);
    if (!v)
        return false;
    if (rounded)
        *rounded = std::move(*v);
    return true;
}

ConvError Checker::representation(Operand& x, const Basic* t, Constant* out)
{
    Constant v = x.val;
    if (!representable_const(x.val, t, &v)) {
        if (is_numeric(x.type) && t && (t->info & kIsNumeric)) {
            if (!is_integer(x.type) && (t->info & kIsInteger))
                return ConvError::TruncatedFloat;
            return ConvError::NumericOverflow;
        }
        return ConvError::InvalidConstVal;
    }
    *out = std::move(v);
    return ConvError::None;
}

void Checker::invalid_conversion(ConvError code, Operand& x, Type* target)
{
    std::string xs = operand_string(x), ts = type_string(target);
    switch (code) {
    case ConvError::TruncatedFloat:
        error_at(x, fmt::format("{} truncated to {}", xs, ts));
        break;
    case ConvError::NumericOverflow:
        error_at(x, fmt::format("{} overflows {}", xs, ts));
        break;
    default:
        error_at(x, fmt::format("cannot convert {} to {}", xs, ts));
        break;
    }
}

void Checker::representable(Operand& x, const Basic* t)
{
    Constant v;
    ConvError code = representation(x, t, &v);
    if (code != ConvError::None) {
        invalid_conversion(code, x, const_cast<Basic*>(t));
        x.mode = Mode::Invalid;
        return;
    }
    x.val = std::move(v);
}

// implicitTypeAndValue: the type an untyped operand takes in a context of type `target`
// (nullptr with *code set when it cannot), and its converted constant value in *val.
Type* Checker::implicit_type_and_value(
    Operand& x, Type* target, std::optional<Constant>* val, ConvError* code)
{
    *code = ConvError::None;
    if (x.invalid() || is_typed(x.type) || is_invalid(target))
        return x.type;
    if (is_untyped(target)) {
        auto xk = x.type->as<Basic>()->basic_kind;
        auto tk = target->as<Basic>()->basic_kind;
        if (is_numeric(x.type) && is_numeric(target)) {
            if (xk < tk)
                return target;
        } else if (xk != tk) {
            *code = ConvError::InvalidUntypedConversion;
            return nullptr;
        }
        return x.type;
    }
    if (x.is_nil()) {
        if (has_nil(target))
            return target;
        *code = ConvError::InvalidUntypedConversion;
        return nullptr;
    }
    Type* u = under(target);
    switch (u->kind()) {
    case TypeKind::Basic: {
        if (x.mode == Mode::Constant) {
            Constant v;
            *code = representation(x, u->as<Basic>(), &v);
            if (*code != ConvError::None)
                return nullptr;
            *val = std::move(v);
            return target;
        }
        bool ok = false;
        switch (x.type->as<Basic>()->basic_kind) {
        case BasicKind::UntypedBool:
            ok = is_boolean(target);
            break;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
        case BasicKind::UntypedFloat:
        case BasicKind::UntypedComplex:
            ok = is_numeric(target);
            break;
        case BasicKind::UntypedString:
            ok = is_string(target);
            break;
        default:
            break;
        }
        if (!ok) {
            *code = ConvError::InvalidUntypedConversion;
            return nullptr;
        }
        return target;
    }
    case TypeKind::Interface:
        if (!interface_methods(u->as<Interface>(), this).empty()) {
            *code = ConvError::InvalidUntypedConversion; // untyped values never satisfy methods
            return nullptr;
        }
        return default_type(x.type);
    default:
        *code = ConvError::InvalidUntypedConversion;
        return nullptr;
    }
}

void Checker::convert_untyped(Operand& x, Type* target)
{
    std::optional<Constant> val;
    ConvError code;
    Type* new_type = implicit_type_and_value(x, target, &val, &code);
    if (code != ConvError::None) {
        invalid_conversion(code, x, under(target));
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

void Checker::update_expr_val(Expr* x, const Constant& val)
{
    if (x && is_untyped(x->type))
        x->constant = make<Constant>(val);
}

void Checker::update_expr_type(Expr* x, Type* t, bool final)
{
    update_expr_type0(nullptr, x, t, final);
}

void Checker::update_expr_type0(Expr* parent, Expr* x, Type* t, bool final)
{
    if (x == nullptr || !is_untyped(x->type))
        return; // typed already (or never recorded): nothing to do
    switch (x->kind) {
    case NodeKind::ParenExpr:
        update_expr_type0(x, x->as<ParenExpr>()->x, t, final);
        break;
    case NodeKind::Operation: {
        auto* o = x->as<Operation>();
        if (x->constant)
            break; // constant subtrees keep their untyped types; only the root changes
        if (o->y == nullptr) {
            if (o->op == Op::Mul)
                return;
            update_expr_type0(x, o->x, t, final);
            break;
        }
        bool cmp = o->op == Op::Eql || o->op == Op::Neq || o->op == Op::Lss || o->op == Op::Leq
            || o->op == Op::Gtr || o->op == Op::Geq;
        if (cmp) {
            // the operands of a comparison keep their own types
        } else if (o->op == Op::Shl || o->op == Op::Shr) {
            update_expr_type0(x, o->x, t, final); // the result takes the type of the left operand
        } else {
            update_expr_type0(x, o->x, t, final);
            update_expr_type0(x, o->y, t, final);
        }
        break;
    }
    case NodeKind::Name:
    case NodeKind::BasicLit:
    case NodeKind::SelectorExpr:
    case NodeKind::CallExpr:
        break;
    default:
        return;
    }
    if (!final && is_untyped(t)) {
        x->type = under(t);
        return;
    }
    Type* old_type = const_cast<Type*>(x->type);
    x->type = t; // from here on x counts as typed (types2 deletes it from the untyped map)
    if (m_lhs_shift.erase(x) && !is_integer(t)) {
        error(go_start_pos(x),
            fmt::format("invalid operation: {} (shift of type {})", expr_string(parent), type_string(t)));
        x->type = invalid_type();
        return;
    }
    if (x->constant) {
        Operand c;
        c.mode = Mode::Constant;
        c.expr = x;
        c.type = old_type;
        c.val = *x->constant;
        convert_untyped(c, t);
        if (c.invalid()) {
            x->type = invalid_type();
            return;
        }
    }
}

} // namespace vitro::lang::types
