// lang/types/constant_ops.cpp — unary, binary, shift and comparison operations on Constants,
// following go/constant UnaryOp, BinaryOp, Shift and Compare. Operands of different numeric
// representations are first widened to the wider one (go/constant `match`); int64 operands
// take a fast path that falls back to BigInt only when the result could overflow.
#include "lang/types/constant.h"
#include "lang/types/constant_internal.h"

#include <string>

namespace vitro::lang::types {

using Access = ConstantAccess;

namespace {

enum class Level : uint8_t { None, Small, Big, Rat, Float };

Level level_of(const Constant& c)
{
    switch (Access::repr(c)) {
    case Constant::Repr::Small:
        return Level::Small;
    case Constant::Repr::BigInt:
        return Level::Big;
    case Constant::Repr::Rat:
        return Level::Rat;
    case Constant::Repr::BigFloat:
        return Level::Float;
    case Constant::Repr::Unknown:
    case Constant::Repr::Bool:
    case Constant::Repr::String:
        break;
    }
    return Level::None;
}

bool is_numeric(const Constant& c)
{
    return level_of(c) != Level::None;
}

// Applies a comparison operator to a three-way result.
bool compare_result(int cmp, Op op)
{
    switch (op) {
    case Op::Eql:
        return cmp == 0;
    case Op::Neq:
        return cmp != 0;
    case Op::Lss:
        return cmp < 0;
    case Op::Leq:
        return cmp <= 0;
    case Op::Gtr:
        return cmp > 0;
    case Op::Geq:
        return cmp >= 0;
    default:
        return false;
    }
}

// int64 arithmetic; nullopt when the result needs a BigInt (or the operator is not one of
// the integer operators, which the caller then rejects).
std::optional<int64_t> small_binary(int64_t a, Op op, int64_t b, DivMode div)
{
    int64_t c = 0;
    switch (op) {
    case Op::Add:
        return __builtin_add_overflow(a, b, &c) ? std::nullopt : std::optional(c);
    case Op::Sub:
        return __builtin_sub_overflow(a, b, &c) ? std::nullopt : std::optional(c);
    case Op::Mul:
        return __builtin_mul_overflow(a, b, &c) ? std::nullopt : std::optional(c);
    case Op::Div:
        if (div == DivMode::Exact)
            return std::nullopt;
        // go/constant divides int64 values with Go's wrapping `/`, so the untyped constant
        // -9223372036854775808 / -1 is -9223372036854775808 in Go 1.19 (and 1.23); programs
        // print that, so we keep it.
        if (a == INT64_MIN && b == -1)
            return INT64_MIN;
        return a / b;
    case Op::Rem:
        return b == -1 ? 0 : a % b; // INT64_MIN % -1 is 0 in Go and undefined in C++
    case Op::And:
        return a & b;
    case Op::Or:
        return a | b;
    case Op::Xor:
        return a ^ b;
    case Op::AndNot:
        return a & ~b;
    default:
        return std::nullopt;
    }
}

Constant int_binary(const BigInt& a, Op op, const BigInt& b, DivMode div)
{
    BigInt r;
    switch (op) {
    case Op::Add:
        return Access::make_int(a + b);
    case Op::Sub:
        return Access::make_int(a - b);
    case Op::Mul:
        return Access::make_int(a * b);
    case Op::Div:
        if (div == DivMode::Exact)
            return Access::make_rat(rat_make(a, b));
        BigInt::quo_rem(a, b, &r, nullptr);
        return Access::make_int(std::move(r));
    case Op::Rem:
        BigInt::quo_rem(a, b, nullptr, &r);
        return Access::make_int(std::move(r));
    case Op::And:
        return Access::make_int(bit_and(a, b));
    case Op::Or:
        return Access::make_int(bit_or(a, b));
    case Op::Xor:
        return Access::make_int(bit_xor(a, b));
    case Op::AndNot:
        return Access::make_int(bit_and_not(a, b));
    default:
        return Constant();
    }
}

Constant rat_binary(const Rat& a, Op op, const Rat& b, DivMode div)
{
    switch (op) {
    case Op::Add:
        return Access::make_rat(rat_add(a, b));
    case Op::Sub:
        return Access::make_rat(rat_sub(a, b));
    case Op::Mul:
        return Access::make_rat(rat_mul(a, b));
    case Op::Div:
        return div == DivMode::Exact ? Access::make_rat(rat_quo(a, b)) : Constant();
    default:
        return Constant();
    }
}

Constant float_binary(const BinFloat& a, Op op, const BinFloat& b, DivMode div)
{
    switch (op) {
    case Op::Add:
        return Access::make_float(float_add(a, b));
    case Op::Sub:
        return Access::make_float(float_sub(a, b));
    case Op::Mul:
        return Access::make_float(float_mul(a, b));
    case Op::Div:
        return div == DivMode::Exact ? Access::make_float(float_quo(a, b)) : Constant();
    default:
        return Constant();
    }
}

Constant numeric_binary(const Constant& x, Op op, const Constant& y, DivMode div)
{
    if ((op == Op::Div || op == Op::Rem) && y.is_zero())
        return Constant(); // the checker reports "division by zero" before calling
    Level level = std::max(level_of(x), level_of(y));
    switch (level) {
    case Level::Small:
        if (auto v = small_binary(Access::small(x), op, Access::small(y), div))
            return Constant::make_int64(*v);
        [[fallthrough]];
    case Level::Big:
        return int_binary(Access::to_big_int(x), op, Access::to_big_int(y), div);
    case Level::Rat:
        return rat_binary(Access::to_rat(x), op, Access::to_rat(y), div);
    case Level::Float:
        return float_binary(Access::to_bin_float(x), op, Access::to_bin_float(y), div);
    case Level::None:
        break;
    }
    return Constant();
}

// Three-way comparison of two numeric constants.
int numeric_compare(const Constant& x, const Constant& y)
{
    switch (std::max(level_of(x), level_of(y))) {
    case Level::Small: {
        int64_t a = Access::small(x), b = Access::small(y);
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    case Level::Big:
        return BigInt::compare(Access::to_big_int(x), Access::to_big_int(y));
    case Level::Rat:
        return rat_compare(Access::to_rat(x), Access::to_rat(y));
    case Level::Float:
        return float_compare(Access::to_bin_float(x), Access::to_bin_float(y));
    case Level::None:
        break;
    }
    return 0;
}

} // namespace

Constant unary_op(Op op, const Constant& y, unsigned prec)
{
    switch (op) {
    case Op::Add:
        return is_numeric(y) ? y : Constant();
    case Op::Sub:
        switch (level_of(y)) {
        case Level::Small:
            if (Access::small(y) != INT64_MIN)
                return Constant::make_int64(-Access::small(y));
            return Access::make_int(-BigInt::from_int64(INT64_MIN));
        case Level::Big:
            return Access::make_int(-Access::big_int(y));
        case Level::Rat:
            return Access::make_rat(rat_neg(Access::rat(y)));
        case Level::Float:
            return Access::make_float(float_neg(Access::bin_float(y)));
        case Level::None:
            break;
        }
        return Constant();
    case Op::Xor: {
        if (y.kind() != ConstKind::Int)
            return Constant();
        if (prec == 0 && level_of(y) == Level::Small)
            return Constant::make_int64(~Access::small(y));
        BigInt z = Access::to_big_int(y).bit_not();
        // For an unsigned type ^x is "all ones of the width" xor x: mask the (negative)
        // two's-complement result to prec bits.
        if (prec > 0)
            z = bit_and_not(z, BigInt::from_int64(-1).shl(prec));
        return Access::make_int(std::move(z));
    }
    case Op::Not:
        return y.kind() == ConstKind::Bool ? Constant::make_bool(!y.bool_value()) : Constant();
    default:
        return Constant();
    }
}

Constant binary_op(const Constant& x, Op op, const Constant& y, DivMode div)
{
    if (x.is_unknown() || y.is_unknown())
        return Constant();
    if (is_numeric(x) && is_numeric(y))
        return numeric_binary(x, op, y, div);
    if (x.kind() == ConstKind::Bool && y.kind() == ConstKind::Bool) {
        if (op == Op::AndAnd)
            return Constant::make_bool(x.bool_value() && y.bool_value());
        if (op == Op::OrOr)
            return Constant::make_bool(x.bool_value() || y.bool_value());
        return Constant();
    }
    if (x.kind() == ConstKind::String && y.kind() == ConstKind::String && op == Op::Add) {
        std::string s;
        s.reserve(x.string_value().size() + y.string_value().size());
        s += x.string_value();
        s += y.string_value();
        return Constant::make_string(s);
    }
    return Constant();
}

Constant shift(const Constant& x, Op op, uint64_t count)
{
    Constant v = x.to_int(); // types2 converts an integral untyped float operand first
    if (v.kind() != ConstKind::Int || (op != Op::Shl && op != Op::Shr))
        return Constant();
    if (count == 0)
        return v;
    bool small = level_of(v) == Level::Small;
    int64_t s = small ? Access::small(v) : 0;
    if (op == Op::Shr) {
        if (small)
            return Constant::make_int64(count >= 64 ? (s < 0 ? -1 : 0) : s >> count);
        return Access::make_int(Access::big_int(v).shr(count));
    }
    if (count > kMaxShiftCount)
        return Constant(); // "invalid shift count": never build a huge number
    if (small && uint64_t(v.bit_len()) + count < 63)
        return Constant::make_int64(s * (int64_t(1) << count));
    return Access::make_int(Access::to_big_int(v).shl(count));
}

bool compare(const Constant& x, Op op, const Constant& y)
{
    if (is_numeric(x) && is_numeric(y))
        return compare_result(numeric_compare(x, y), op);
    if (x.kind() == ConstKind::String && y.kind() == ConstKind::String)
        return compare_result(x.string_value().compare(y.string_value()), op);
    if (x.kind() == ConstKind::Bool && y.kind() == ConstKind::Bool && (op == Op::Eql || op == Op::Neq))
        return compare_result(x.bool_value() == y.bool_value() ? 0 : 1, op);
    return false;
}

} // namespace vitro::lang::types
