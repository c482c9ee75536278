// lang/types/constant_float.h — exact rationals and 512-bit binary floats behind Float constants.
//
// Overview: go/constant keeps a Float constant as a big.Rat while numerator and denominator
// stay below 4096 bits, and as a big.Float with a 512-bit mantissa beyond that; these are the
// two representations, plus the one rounding routine that every narrowing goes through
// (to 512 bits, to float64's 53, to float32's 24), always round-to-nearest-even with a sticky
// bit so that the result is correctly rounded. Internal to lang/types: only constant.cpp and
// the unit tests include this.
// Invariants: Rat is in lowest terms with den > 0. BinFloat is ±mant·2**exp with mant >= 0 of
// at most the precision it was rounded to; zero has mant == 0 and is never negative. A
// BinFloat stored in a Constant has a Go exponent (go_exponent) within int32, like big.Float;
// operations may leave that range and the caller (make_float) turns the result into Unknown
// (overflow) or 0 (underflow), so int64 exponents never overflow.
// Go reference: math/big float.go (round, Add/Sub/Mul/Quo, MantExp, Float64/Float32),
// rat.go (Float64: quotient with a sticky bit), ftoa.go (%p text); go/constant value.go
// (smallFloat, floatVal.String).
#pragma once

#include "lang/types/bigint.h"

#include <cstdint>
#include <optional>
#include <string>

namespace vitro::lang::types {

inline constexpr uint64_t kFloatPrecision = 512; // go/constant `prec`
inline constexpr uint64_t kMaxRatBits = 4096; // go/constant `maxExp`
// big.Float exponent range (MantExp form, 0.5 <= mantissa < 1).
inline constexpr int64_t kMinGoExponent = INT32_MIN;
inline constexpr int64_t kMaxGoExponent = INT32_MAX;

struct Rat {
    BigInt num;
    BigInt den = BigInt::from_uint64(1);
};

Rat rat_make(const BigInt& num, const BigInt& den); // den != 0; reduces to lowest terms
Rat rat_from_int(const BigInt& v);
Rat rat_add(const Rat& a, const Rat& b);
Rat rat_sub(const Rat& a, const Rat& b);
Rat rat_mul(const Rat& a, const Rat& b);
Rat rat_quo(const Rat& a, const Rat& b); // b != 0
Rat rat_neg(const Rat& a);
int rat_compare(const Rat& a, const Rat& b);
// go/constant makeRat's test: both parts below 4096 bits.
bool rat_is_small(const Rat& r);
// The exact value of a finite double (-0 becomes 0).
Rat rat_from_double(double v);

struct BinFloat {
    bool neg = false;
    BigInt mant; // >= 0
    int64_t exp = 0;
};

// Round |mag|·2**exp (plus a sticky "something nonzero below exp") to `prec` bits, never
// putting the last kept bit below 2**min_lsb (that models denormals). Nearest, ties to even.
struct Rounded {
    BigInt mant;
    int64_t exp = 0;
    bool exact = true;
};
Rounded round_bits(BigInt mag, int64_t exp, bool sticky, uint64_t prec, int64_t min_lsb);

BinFloat float_from_int(const BigInt& v, uint64_t prec = kFloatPrecision);
BinFloat float_from_rat(const Rat& r, uint64_t prec = kFloatPrecision);
BinFloat float_from_double(double v);
BinFloat float_add(const BinFloat& a, const BinFloat& b, uint64_t prec = kFloatPrecision);
BinFloat float_sub(const BinFloat& a, const BinFloat& b, uint64_t prec = kFloatPrecision);
BinFloat float_mul(const BinFloat& a, const BinFloat& b, uint64_t prec = kFloatPrecision);
BinFloat float_quo(const BinFloat& a, const BinFloat& b, uint64_t prec = kFloatPrecision); // b != 0
BinFloat float_neg(const BinFloat& a);
// a**n by repeated squaring at `prec` bits (n may be large; cost is O(log n) multiplications).
BinFloat float_pow(const BinFloat& a, uint64_t n, uint64_t prec);
int float_compare(const BinFloat& a, const BinFloat& b);
inline int float_sign(const BinFloat& a)
{
    return a.mant.is_zero() ? 0 : (a.neg ? -1 : 1);
}
// Go's MantExp exponent e (|x| = m·2**e with 0.5 <= m < 1); 0 for zero.
int64_t float_go_exponent(const BinFloat& a);
// go/constant smallFloat: -4096 < e < 4096.
bool float_is_small(const BinFloat& a);
// The exact rational value; only for small floats (the caller checks float_is_small).
Rat float_to_rat(const BinFloat& a);
// go/constant ToInt for a float: the integer if the value is integral, or becomes integral
// when rounded to 508 bits toward or away from zero; nullopt otherwise or when not small.
std::optional<BigInt> float_to_int(const BinFloat& a);

// Correctly rounded conversions to IEEE values: ±Inf on overflow, ±0 on underflow.
double float_to_double(const BinFloat& a, bool* exact);
float float_to_float32(const BinFloat& a, bool* exact);
double rat_to_double(const Rat& r, bool* exact);
float rat_to_float32(const Rat& r, bool* exact);

// go/constant floatVal.String: %.6g of the nearest float64, or an approximate "1.5e+400"
// form computed from the exponent when out of float64's range.
std::string float_to_string(const BinFloat& a);
// go/constant ratVal.String: the same text for the rational's value (rounded to 512 bits).
std::string rat_to_string(const Rat& r);
// big.Float.Text('p', 0): "-0x.8p+1" (hex mantissa in [0.5, 1), binary exponent), or "0".
std::string float_to_exact_string(const BinFloat& a);

} // namespace vitro::lang::types
