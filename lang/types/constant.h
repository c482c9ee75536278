// lang/types/constant.h — exact values of Go constants, as go/constant provides them to types2.
//
// Overview: a Constant is the value of a constant expression: Unknown, Bool, String, Int or
// Float (complex numbers are out of scope in v1). Arithmetic on Int and Float is exact, the way
// Go's untyped constants require (spec "Constant expressions"): `1.0/3*3 == 1` holds. The
// representations, and the points where one turns into another, follow go/constant so that
// every value, every rounding and every printed text matches Go 1.19:
//   Int    int64 fast path (no allocation), else an arbitrary-precision BigInt.
//   Float  an exact rational num/den while both parts stay below 4096 bits (go/constant
//          `maxExp`), else a binary float with a 512-bit mantissa (go/constant `prec`) and an
//          exponent bounded like big.Float's (int32); a value beyond that range is Unknown.
// A Float literal like `1e1000000000` is therefore Unknown (types2 reports "malformed
// constant"), and `1e-1000000000` is 0, as in Go. Every operation has bounded cost: no input
// can make this code allocate more than a few kilobytes or loop for long.
//
// Ownership: Constant is a small immutable value type (32 bytes). Int64 and Bool values live
// inline; strings and big numbers live in an immutable payload shared between copies, so
// copying is cheap and never deep. The checker stores `const Constant*` in the AST by copying a
// value into its arena: `arena.make<Constant>(value)` (the arena runs the destructor).
//
// Errors: nothing here reports a diagnostic or throws. An operation that Go's checker would
// reject before calling go/constant (wrong kinds, division by zero, a shift count above
// kMaxShiftCount) returns Unknown instead of crashing; the checker detects those cases first
// with is_zero(), kind() and the constants below, and words the error itself.
//
// Go reference: go/constant/value.go (MakeFromLiteral, UnaryOp, BinaryOp, Shift, Compare,
// ToInt, ToFloat, String); cmd/compile/internal/types2/expr.go (representableConst,
// roundFloat32/64, overflow, the shift-count bound); operand.go (how constants are printed).
// See also: lang/types/bigint.h (the integer arithmetic underneath).
#pragma once

#include "lang/ast.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace vitro::lang::types {

enum class ConstKind : uint8_t { Unknown, Bool, String, Int, Float };

// Untyped integer constants may not exceed this many bits (types2 `overflow`: "constant
// addition overflow" and the like, reported at the operator).
inline constexpr int kUntypedIntPrecision = 512;

// A constant shift count above this is "invalid shift count %s" in types2 (shiftBound, chosen
// so that the smallest float64 denormal 2**-1074 can be written as a shift).
inline constexpr uint64_t kMaxShiftCount = 1023 - 1 + 52;

// Go's `/` on two Int operands: exact (the result may be a Float, go/constant token.QUO) or
// truncated integer division (token.QUO_ASSIGN, used by types2 when both operands are
// integers). Integer division truncates toward zero; `%` takes the sign of the dividend.
enum class DivMode : uint8_t { Exact, Integer };

// The basic types a constant can be converted to or checked against (int, uint and uintptr
// are 64 bits, as on every platform vitro targets).
enum class ConstType : uint8_t {
    Bool,
    String,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
};

// Bit width of an integer ConstType (8..64), or 0 for the others; handy for unary_op's prec.
int const_type_bits(ConstType t);
bool const_type_is_unsigned(ConstType t);

struct ConstPayload; // defined in constant.cpp: string, BigInt, rational or binary float

class Constant {
public:
    Constant() = default; // Unknown

    static Constant make_unknown() { return Constant(); }
    static Constant make_bool(bool b);
    static Constant make_string(std::string_view s);
    static Constant make_int64(int64_t v);
    static Constant make_uint64(uint64_t v);
    // -0.0 becomes 0; an infinity or NaN becomes Unknown (go/constant MakeFloat64).
    static Constant make_float64(double v);

    // The value of a literal from its source text (quotes, prefixes and `_` included), the way
    // go/constant MakeFromLiteral reads it: Int (decimal, 0x, 0o, 0b, legacy 0777 octal),
    // Float (decimal, and hex with a p exponent), Rune (an Int: 'a', '\n', '\x41', '\101',
    // '\u1234', '\U00012345', '\''...) and String (escapes interpreted into UTF-8 bytes; raw
    // strings lose their '\r's). Imag literals and any malformed text give Unknown; so does a
    // Float whose magnitude is beyond the binary float's exponent range (types2: "malformed
    // constant"). The caller rejects numeric literals longer than 10,000 bytes first, as types2
    // does ("excessively long constant"); numeric text over 64 KiB is Unknown here, to bound
    // the work.
    static Constant from_literal(LitKind kind, std::string_view source_text);

    ConstKind kind() const;
    bool is_unknown() const { return m_repr == Repr::Unknown; }

    // Accessors. As in go/constant, an Unknown gives the zero value (false, "", nullopt),
    // and asking for the wrong kind gives the same instead of a crash.
    bool bool_value() const;
    std::string_view string_value() const;
    // The exact int64/uint64 value of an Int, or nullopt when it does not fit.
    std::optional<int64_t> int64_value() const;
    std::optional<uint64_t> uint64_value() const;
    // The nearest float64 / float32 (rounded to nearest even) of an Int or Float: ±Inf when
    // the magnitude is too large, a signed 0 when too small. `exact` (optional) tells whether
    // no rounding happened. Unknown and other kinds give 0 and exact == false.
    double float64_value(bool* exact = nullptr) const;
    float float32_value(bool* exact = nullptr) const;

    // -1, 0 or +1 for an Int or Float; Unknown gives 1, as Go's Sign does, so that an unknown
    // divisor never looks like a division by zero.
    int sign() const;
    // True only for an Int or Float equal to 0: check it before `/` and `%`.
    bool is_zero() const { return sign() == 0; }
    // True for an Int, and for a Float that to_int() can turn into an Int.
    bool is_int() const { return to_int().kind() == ConstKind::Int; }
    // Bits needed for |x| of an Int (0 for 0 and for other kinds).
    int bit_len() const;
    // The types2 `overflow` check for untyped integers: an Int wider than 512 bits.
    bool exceeds_untyped_int_precision() const { return bit_len() > kUntypedIntPrecision; }

    // go/constant ToInt: an Int stays; a Float with an integral value (allowing the last few
    // of the 512 mantissa bits to be rounding noise, as Go does) becomes that Int; anything
    // else is Unknown.
    Constant to_int() const;
    // go/constant ToFloat: Int and Float become Float; anything else is Unknown.
    Constant to_float() const;

    // types2 representableConst: whether the value can be represented in `type`, and if so the
    // value converted to it: an Int for integer types (a Float like 3.0 becomes 3), the value
    // rounded to float32/float64 precision for those types (overflow means the rounded value
    // is infinite). An Unknown is representable as anything (it stays Unknown), to avoid
    // follow-on errors. Bool and String values are representable only in their own types.
    std::optional<Constant> represent_as(ConstType type) const;

    // go/constant Value.String: what types2 prints in messages. Ints in full decimal; Floats
    // as %.6g of the nearest float64 ("0.1", "1.5", "1e+100", "0.333333") and beyond float64's
    // range as "1e+400"; Strings quoted Go-style and shortened to 72 characters ending in
    // "..."; Bools "true"/"false"; Unknown "unknown".
    std::string to_string() const;
    // go/constant Value.ExactString: like to_string, but Floats print exactly ("1/3" for a
    // rational, hex-mantissa `p` form for a binary float) and Strings are never shortened.
    std::string exact_string() const;

    // The representation behind kind() (go/constant's unknownVal, boolVal, stringVal,
    // int64Val, intVal, ratVal, floatVal); only constant*.cpp and tests look at it.
    enum class Repr : uint8_t { Unknown, Bool, String, Small, BigInt, Rat, BigFloat };
    Repr repr() const { return m_repr; }

private:
    friend struct ConstantAccess; // constant*.cpp's internal helpers

    Repr m_repr = Repr::Unknown;
    bool m_bool = false;
    int64_t m_small = 0; // Repr::Small
    std::shared_ptr<const ConstPayload> m_payload; // String, BigInt, Rat, BigFloat
};

// go/constant UnaryOp for Op::Add (+x), Op::Sub (-x), Op::Xor (^x, Int only) and Op::Not
// (!x, Bool only). For ^ on an unsigned type pass the type's width in `prec` (0 otherwise):
// the result is then masked to that many bits, so ^uint8(1) is 254. Unknown gives Unknown.
Constant unary_op(Op op, const Constant& y, unsigned prec = 0);

// go/constant BinaryOp: + - * / % & | ^ &^ on numbers (mixed Int/Float operands are matched
// to the wider representation first), + on strings, && || on bools. `/` on two Ints is exact
// with DivMode::Exact (the result is a Float, even when integral, as Go's ratVal is) or
// truncating with DivMode::Integer (the result is an Int; types2 uses this whenever both
// operands are integers). Division or remainder by zero, an operation undefined for the
// operands, or an Unknown operand gives Unknown.
Constant binary_op(const Constant& x, Op op, const Constant& y, DivMode div = DivMode::Exact);

// go/constant Shift: x << count or x >> count (op is Op::Shl or Op::Shr) for an Int x; >> of
// a negative value rounds toward minus infinity (any count is fine). A left shift by more
// than kMaxShiftCount gives Unknown (the checker reports "invalid shift count" before
// calling), so `1 << 1000000000` cannot allocate. A Float x with an integral value is
// converted to Int first, as types2 does; any other x gives Unknown.
Constant shift(const Constant& x, Op op, uint64_t count);

// go/constant Compare for == != < <= > >= (Op::Eql ... Op::Geq) on numbers (Int/Float mixes
// allowed), strings (bytewise) and bools (== and != only). Unknown operands compare false.
bool compare(const Constant& x, Op op, const Constant& y);

} // namespace vitro::lang::types
