// lang/types/constant_float.cpp — rationals, 512-bit binary floats and correct rounding (see
// constant_float.h for the design).
#include "lang/types/constant_float.h"

#include "support/assert.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace vitro::lang::types {

namespace {

// Far below any exponent a computation can reach: "no denormal limit".
constexpr int64_t kNoMinLsb = INT64_MIN / 4;

BigInt signed_int(const BigInt& mag, bool neg)
{
    return neg ? -mag : mag;
}

BinFloat make_bin(bool neg, Rounded r)
{
    BinFloat f;
    f.neg = neg && !r.mant.is_zero();
    f.exp = r.mant.is_zero() ? 0 : r.exp;
    f.mant = std::move(r.mant);
    return f;
}

// The exponent of the top bit of |a| (a nonzero).
int64_t top_bit(const BinFloat& a)
{
    return int64_t(a.mant.bit_len()) - 1 + a.exp;
}

// Rounds |num/den| to `prec` bits: a quotient with at least prec + 2 bits and a sticky
// remainder, as big.Rat's Float64 does.
Rounded round_quotient(const BigInt& num, const BigInt& den, uint64_t prec, int64_t min_lsb)
{
    int64_t k = int64_t(prec) + 2 + int64_t(den.bit_len()) - int64_t(num.bit_len());
    if (k < 0)
        k = 0;
    BigInt q, r;
    BigInt::quo_rem(num.abs().shl(uint64_t(k)), den.abs(), &q, &r);
    return round_bits(std::move(q), -k, !r.is_zero(), prec, min_lsb);
}

// Rounds ±mag·2**exp to an IEEE format (prec mantissa bits, denormals down to 2**min_lsb,
// largest finite exponent max_top) and returns it as a double (exact for float32 values).
double ieee_round(bool neg, BigInt mag, int64_t exp, bool sticky, uint64_t prec, int64_t min_lsb,
    int64_t max_top, bool* exact)
{
    Rounded r = round_bits(std::move(mag), exp, sticky, prec, min_lsb);
    double result;
    bool is_exact = r.exact;
    if (r.mant.is_zero()) {
        result = 0.0;
    } else if (int64_t(r.mant.bit_len()) - 1 + r.exp > max_top) {
        result = std::numeric_limits<double>::infinity();
        is_exact = false;
    } else {
        result = std::ldexp(double(r.mant.to_uint64()), int(r.exp));
    }
    if (exact)
        *exact = is_exact;
    return neg ? -result : result;
}

constexpr uint64_t kDoublePrec = 53, kFloat32Prec = 24;
constexpr int64_t kDoubleMinLsb = -1074, kFloat32MinLsb = -149;
constexpr int64_t kDoubleMaxTop = 1023, kFloat32MaxTop = 127;

} // namespace

// ---------------------------------------------------------------------------------------------
// Rationals

Rat rat_make(const BigInt& num, const BigInt& den)
{
    VITRO_CHECK(!den.is_zero());
    Rat r;
    if (num.is_zero())
        return r;
    BigInt g = BigInt::gcd(num, den);
    BigInt::quo_rem(num, g, &r.num, nullptr);
    BigInt::quo_rem(den, g, &r.den, nullptr);
    if (r.den.is_negative()) {
        r.num = -r.num;
        r.den = -r.den;
    }
    return r;
}

Rat rat_from_int(const BigInt& v)
{
    Rat r;
    r.num = v;
    return r;
}

Rat rat_add(const Rat& a, const Rat& b)
{
    if (a.den == b.den)
        return rat_make(a.num + b.num, a.den);
    return rat_make(a.num * b.den + b.num * a.den, a.den * b.den);
}

Rat rat_sub(const Rat& a, const Rat& b)
{
    return rat_add(a, rat_neg(b));
}

Rat rat_mul(const Rat& a, const Rat& b)
{
    return rat_make(a.num * b.num, a.den * b.den);
}

Rat rat_quo(const Rat& a, const Rat& b)
{
    return rat_make(a.num * b.den, a.den * b.num);
}

Rat rat_neg(const Rat& a)
{
    Rat r = a;
    r.num = -r.num;
    return r;
}

int rat_compare(const Rat& a, const Rat& b)
{
    return BigInt::compare(a.num * b.den, b.num * a.den);
}

bool rat_is_small(const Rat& r)
{
    return r.num.bit_len() < kMaxRatBits && r.den.bit_len() < kMaxRatBits;
}

Rat rat_from_double(double v)
{
    BinFloat f = float_from_double(v);
    if (f.mant.is_zero())
        return {};
    // Fast path: an odd 53-bit mantissa over a power of two below 2**64 is already reduced.
    uint64_t tz = f.mant.trailing_zeros();
    uint64_t mant = f.mant.to_uint64() >> tz;
    int64_t exp = f.exp + int64_t(tz);
    if (exp < 0 && exp > -64) {
        Rat r;
        r.num = f.neg ? BigInt::from_int64(-int64_t(mant)) : BigInt::from_uint64(mant);
        r.den = BigInt::from_uint64(uint64_t(1) << -exp);
        return r;
    }
    return float_to_rat(f);
}

namespace {

// Both parts of r as exact integers of at most `bits` bits, for the fast paths below.
bool rat_fits(const Rat& r, uint64_t bits)
{
    return r.num.bit_len() <= bits && r.den.bit_len() <= bits;
}

bool is_power_of_two(const BigInt& v)
{
    return v.trailing_zeros() + 1 == v.bit_len();
}

} // namespace

double rat_to_double(const Rat& r, bool* exact)
{
    if (r.num.is_zero()) {
        if (exact)
            *exact = true;
        return 0.0;
    }
    if (rat_fits(r, kDoublePrec)) {
        // Both parts convert exactly, and IEEE division rounds the quotient correctly. In
        // lowest terms the value is a binary fraction exactly when den is a power of two.
        if (exact)
            *exact = is_power_of_two(r.den);
        return double(r.num.to_int64()) / double(r.den.to_int64());
    }
    int64_t k = int64_t(kDoublePrec) + 2 + int64_t(r.den.bit_len()) - int64_t(r.num.bit_len());
    k = k < 0 ? 0 : k;
    BigInt q, rem;
    BigInt::quo_rem(r.num.abs().shl(uint64_t(k)), r.den, &q, &rem);
    return ieee_round(r.num.is_negative(), std::move(q), -k, !rem.is_zero(), kDoublePrec, kDoubleMinLsb,
        kDoubleMaxTop, exact);
}

float rat_to_float32(const Rat& r, bool* exact)
{
    if (r.num.is_zero()) {
        if (exact)
            *exact = true;
        return 0.0f;
    }
    if (rat_fits(r, kFloat32Prec)) { // as in rat_to_double, in single precision
        if (exact)
            *exact = is_power_of_two(r.den);
        return float(r.num.to_int64()) / float(r.den.to_int64());
    }
    int64_t k = int64_t(kFloat32Prec) + 2 + int64_t(r.den.bit_len()) - int64_t(r.num.bit_len());
    k = k < 0 ? 0 : k;
    BigInt q, rem;
    BigInt::quo_rem(r.num.abs().shl(uint64_t(k)), r.den, &q, &rem);
    return float(ieee_round(r.num.is_negative(), std::move(q), -k, !rem.is_zero(), kFloat32Prec,
        kFloat32MinLsb, kFloat32MaxTop, exact));
}

// ---------------------------------------------------------------------------------------------
// Rounding

Rounded round_bits(BigInt mag, int64_t exp, bool sticky, uint64_t prec, int64_t min_lsb)
{
    mag = mag.abs();
    Rounded out;
    if (mag.is_zero()) {
        out.exact = !sticky;
        return out;
    }
    int64_t n = int64_t(mag.bit_len());
    int64_t lsb = exp + n - int64_t(prec);
    if (lsb < min_lsb)
        lsb = min_lsb;
    if (lsb <= exp) { // fits: the caller guarantees spare bits whenever sticky is set
        out.mant = std::move(mag);
        out.exp = exp;
        out.exact = !sticky;
        return out;
    }
    uint64_t drop = uint64_t(lsb - exp);
    BigInt q = mag.shr(drop);
    bool half = mag.test_bit(drop - 1);
    bool lower = sticky || mag.trailing_zeros() < drop - 1;
    out.exact = !half && !lower;
    if (half && (lower || q.is_odd()))
        q = q + BigInt::from_uint64(1);
    if (q.bit_len() > prec) { // rounded up to 2**prec: drop the (zero) last bit
        q = q.shr(1);
        lsb++;
    }
    out.mant = std::move(q);
    out.exp = out.mant.is_zero() ? 0 : lsb;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Binary floats

BinFloat float_from_int(const BigInt& v, uint64_t prec)
{
    return make_bin(v.is_negative(), round_bits(v, 0, false, prec, kNoMinLsb));
}

BinFloat float_from_rat(const Rat& r, uint64_t prec)
{
    if (r.num.is_zero())
        return {};
    return make_bin(r.num.is_negative(), round_quotient(r.num, r.den, prec, kNoMinLsb));
}

BinFloat float_from_double(double v)
{
    BinFloat f;
    if (v == 0 || !std::isfinite(v))
        return f;
    int e = 0;
    double m = std::frexp(std::fabs(v), &e); // 0.5 <= m < 1, exact
    f.mant = BigInt::from_uint64(uint64_t(std::ldexp(m, 53)));
    f.exp = int64_t(e) - 53;
    f.neg = v < 0;
    return f;
}

BinFloat float_neg(const BinFloat& a)
{
    BinFloat r = a;
    r.neg = !a.neg && !a.mant.is_zero();
    return r;
}

BinFloat float_add(const BinFloat& a, const BinFloat& b, uint64_t prec)
{
    if (b.mant.is_zero())
        return make_bin(a.neg, round_bits(a.mant, a.exp, false, prec, kNoMinLsb));
    if (a.mant.is_zero())
        return make_bin(b.neg, round_bits(b.mant, b.exp, false, prec, kNoMinLsb));
    const BinFloat& hi = top_bit(a) >= top_bit(b) ? a : b;
    const BinFloat& lo = top_bit(a) >= top_bit(b) ? b : a;
    // A term below a quarter ulp of the result cannot change the rounded sum; skipping it
    // keeps `1e-600000000 + 1e600000000` from shifting by billions of bits.
    if (top_bit(lo) < top_bit(hi) - int64_t(prec) - 3)
        return make_bin(hi.neg, round_bits(hi.mant, hi.exp, false, prec, kNoMinLsb));
    int64_t e = std::min(a.exp, b.exp);
    BigInt x = signed_int(a.mant.shl(uint64_t(a.exp - e)), a.neg);
    BigInt y = signed_int(b.mant.shl(uint64_t(b.exp - e)), b.neg);
    BigInt sum = x + y;
    return make_bin(sum.is_negative(), round_bits(sum, e, false, prec, kNoMinLsb));
}

BinFloat float_sub(const BinFloat& a, const BinFloat& b, uint64_t prec)
{
    return float_add(a, float_neg(b), prec);
}

BinFloat float_mul(const BinFloat& a, const BinFloat& b, uint64_t prec)
{
    return make_bin(a.neg != b.neg, round_bits(a.mant * b.mant, a.exp + b.exp, false, prec, kNoMinLsb));
}

BinFloat float_quo(const BinFloat& a, const BinFloat& b, uint64_t prec)
{
    VITRO_CHECK(!b.mant.is_zero());
    if (a.mant.is_zero())
        return {};
    Rounded r = round_quotient(a.mant, b.mant, prec, kNoMinLsb);
    r.exp += a.exp - b.exp;
    return make_bin(a.neg != b.neg, std::move(r));
}

BinFloat float_pow(const BinFloat& a, uint64_t n, uint64_t prec)
{
    BinFloat result;
    result.mant = BigInt::from_uint64(1);
    BinFloat base = a;
    while (n != 0) {
        if ((n & 1) != 0)
            result = float_mul(result, base, prec);
        n >>= 1;
        if (n != 0)
            base = float_mul(base, base, prec);
    }
    return result;
}

int float_compare(const BinFloat& a, const BinFloat& b)
{
    int sa = float_sign(a), sb = float_sign(b);
    if (sa != sb)
        return sa < sb ? -1 : 1;
    if (sa == 0)
        return 0;
    int64_t ta = top_bit(a), tb = top_bit(b);
    if (ta != tb)
        return (ta < tb ? -1 : 1) * sa;
    int64_t e = std::min(a.exp, b.exp);
    return BigInt::compare(a.mant.shl(uint64_t(a.exp - e)), b.mant.shl(uint64_t(b.exp - e))) * sa;
}

int64_t float_go_exponent(const BinFloat& a)
{
    return a.mant.is_zero() ? 0 : top_bit(a) + 1;
}

bool float_is_small(const BinFloat& a)
{
    int64_t e = float_go_exponent(a);
    return -int64_t(kMaxRatBits) < e && e < int64_t(kMaxRatBits);
}

Rat float_to_rat(const BinFloat& a)
{
    BigInt num = signed_int(a.mant, a.neg);
    if (a.exp >= 0)
        return rat_from_int(num.shl(uint64_t(a.exp)));
    return rat_make(num, BigInt::power_of_two(uint64_t(-a.exp)));
}

namespace {

std::optional<BigInt> integral_value(const BigInt& mant, int64_t exp)
{
    if (mant.is_zero())
        return BigInt();
    if (exp >= 0)
        return mant.shl(uint64_t(exp));
    if (mant.trailing_zeros() >= uint64_t(-exp))
        return mant.shr(uint64_t(-exp));
    return std::nullopt;
}

} // namespace

std::optional<BigInt> float_to_int(const BinFloat& a)
{
    if (!float_is_small(a))
        return std::nullopt;
    if (auto v = integral_value(a.mant, a.exp))
        return signed_int(*v, a.neg);
    // go/constant ToInt: a few low mantissa bits may be noise from earlier roundings, so try
    // the value rounded to 4 bits less precision, toward zero and then away from zero.
    constexpr uint64_t kShorter = kFloatPrecision - 4;
    uint64_t n = a.mant.bit_len();
    if (n <= kShorter)
        return std::nullopt;
    uint64_t d = n - kShorter;
    BigInt down = a.mant.shr(d);
    if (auto v = integral_value(down, a.exp + int64_t(d)))
        return signed_int(*v, a.neg);
    if (a.mant.trailing_zeros() < d) {
        BigInt up = down + BigInt::from_uint64(1);
        if (auto v = integral_value(up, a.exp + int64_t(d)))
            return signed_int(*v, a.neg);
    }
    return std::nullopt;
}

// big.Float's Float64 and Float32 compute the exponent as `x.exp - 1` in int32, which wraps
// for the smallest exponent and turns those tiny values into infinities. types2 inherits the
// quirk (such a constant "overflows" float64), so it is kept.
namespace {
bool go_exponent_wraps(const BinFloat& a)
{
    return !a.mant.is_zero() && float_go_exponent(a) == kMinGoExponent;
}
} // namespace

double float_to_double(const BinFloat& a, bool* exact)
{
    if (go_exponent_wraps(a)) {
        if (exact)
            *exact = false;
        return a.neg ? -HUGE_VAL : HUGE_VAL;
    }
    return ieee_round(a.neg, a.mant, a.exp, false, kDoublePrec, kDoubleMinLsb, kDoubleMaxTop, exact);
}

float float_to_float32(const BinFloat& a, bool* exact)
{
    if (go_exponent_wraps(a)) {
        if (exact)
            *exact = false;
        return a.neg ? -HUGE_VALF : HUGE_VALF;
    }
    return float(
        ieee_round(a.neg, a.mant, a.exp, false, kFloat32Prec, kFloat32MinLsb, kFloat32MaxTop, exact));
}

// ---------------------------------------------------------------------------------------------
// Text

std::string float_to_string(const BinFloat& a)
{
    char buf[64];
    double x = float_to_double(a, nullptr);
    if ((float_sign(a) == 0) == (x == 0) && !std::isinf(x)) {
        std::snprintf(buf, sizeof buf, "%.6g", x);
        return buf;
    }
    // Out of float64's range: approximate m·10**e from the binary exponent, as go/constant's
    // floatVal.String does, instead of an exact but slow decimal conversion.
    int64_t exp = float_go_exponent(a);
    BinFloat mant = a;
    mant.exp = -int64_t(a.mant.bit_len()); // 0.5 <= |mant| < 1
    double m = float_to_double(mant, nullptr);
    constexpr double kLog10Of2 = 0.30102999566398119521373889472449302676818988146211;
    double d = double(exp) * kLog10Of2;
    auto e = int64_t(d);
    m *= std::pow(10.0, d - double(e));
    double am = std::fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    std::snprintf(buf, sizeof buf, "%.6ge%+lld", m, static_cast<long long>(e));
    return buf;
}

std::string rat_to_string(const Rat& r)
{
    if (rat_fits(r, kDoublePrec)) {
        // go/constant rounds to 512 bits and then to float64; for parts this short that
        // double rounding cannot differ from rounding once.
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.6g", rat_to_double(r, nullptr));
        return buf;
    }
    return float_to_string(float_from_rat(r));
}

std::string float_to_exact_string(const BinFloat& a)
{
    if (a.mant.is_zero())
        return "0";
    uint64_t n = a.mant.bit_len();
    std::string hex = a.mant.shl((4 - n % 4) % 4).to_hex();
    while (hex.size() > 1 && hex.back() == '0')
        hex.pop_back();
    int64_t e = float_go_exponent(a);
    std::string s = a.neg ? "-0x." : "0x.";
    s += hex;
    s += e >= 0 ? "p+" : "p";
    s += std::to_string(e);
    return s;
}

} // namespace vitro::lang::types
