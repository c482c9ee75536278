// stdlib/math/math_natives.cpp — the math package over <cmath>, with Go's special cases where
// C's differ (Max/Min with NaN and signed zeros, IsInf's sign, Log10/Log2 computed from Log as
// Go computes them, Inf's sign argument).
//
// Exactness: Sqrt, Abs, Floor, Ceil, Trunc, Mod, Round, Copysign, Frexp-like operations are
// exact in both Go and C, so results match bit for bit. Exp, Log (and Log10/Log2), Pow, Cbrt,
// Sin, Cos and Tan are Go's own algorithms (go_math.h), bit for bit; the other transcendental
// functions still use glibc, which can differ from Go in the last bit for some inputs.
#include "stdlib/math/go_math.h"
#include "stdlib/natives.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace vitro::stdlib::math {

void register_math_more(vm::NativeRegistry& r);

namespace {

using F1 = double (*)(double);

template <F1 f> void unary(vm::NativeCall& call)
{
    call.set_float(0, f(call.float_arg(0)));
}

double Abs(double x)
{
    return std::fabs(x);
}
double Sqrt(double x)
{
    return std::sqrt(x);
}
double Floor(double x)
{
    return std::floor(x);
}
double Ceil(double x)
{
    return std::ceil(x);
}
double Trunc(double x)
{
    return std::trunc(x);
}
double Round(double x)
{
    return std::round(x); // half away from zero, as Go's Round
}
double RoundToEven(double x)
{
    return std::nearbyint(x); // default rounding mode: to nearest, ties to even
}
double Exp(double x)
{
    return go_exp(x);
}
double Exp2(double x)
{
    return std::exp2(x);
}
double Expm1(double x)
{
    return std::expm1(x);
}
double Log(double x)
{
    return go_log(x);
}
double Log1p(double x)
{
    return std::log1p(x);
}
// Go: log10(x) = Log(x) * (1/Ln10), so Log10(1000) is 2.9999999999999996 as in Go.
double Log10(double x)
{
    return go_log(x)
        * 0.434294481903251827651128918916605082294397005803666566114453783; // 1/Ln10, folded exactly as Go
                                                                             // does
}
// Go: Frexp, exact for powers of two, else Log(frac)*(1/Ln2) + exp.
double Log2(double x)
{
    int exp;
    double frac = std::frexp(x, &exp);
    if (frac == 0.5)
        return exp - 1;
    return go_log(frac) * 1.442695040888963407359924681001892137426645954152985934135449407 + exp; // 1/Ln2
}
double Sin(double x)
{
    return go_sin(x);
}
double Cos(double x)
{
    return go_cos(x);
}
double Tan(double x)
{
    return go_tan(x);
}
double Asin(double x)
{
    return std::asin(x);
}
double Acos(double x)
{
    return std::acos(x);
}
double Atan(double x)
{
    return std::atan(x);
}
double Sinh(double x)
{
    return std::sinh(x);
}
double Cosh(double x)
{
    return std::cosh(x);
}
double Tanh(double x)
{
    return std::tanh(x);
}
double Cbrt(double x)
{
    return go_cbrt(x);
}
double Gamma(double x)
{
    return std::tgamma(x);
}

void Pow(vm::NativeCall& call)
{
    call.set_float(0, go_pow(call.float_arg(0), call.float_arg(1)));
}

void Atan2(vm::NativeCall& call)
{
    call.set_float(0, std::atan2(call.float_arg(0), call.float_arg(1)));
}

void Hypot(vm::NativeCall& call)
{
    call.set_float(0, std::hypot(call.float_arg(0), call.float_arg(1)));
}

void Mod(vm::NativeCall& call)
{
    call.set_float(0, std::fmod(call.float_arg(0), call.float_arg(1)));
}

void Remainder(vm::NativeCall& call)
{
    call.set_float(0, std::remainder(call.float_arg(0), call.float_arg(1)));
}

void Copysign(vm::NativeCall& call)
{
    call.set_float(0, std::copysign(call.float_arg(0), call.float_arg(1)));
}

void Dim(vm::NativeCall& call)
{
    double x = call.float_arg(0), y = call.float_arg(1), v = x - y;
    call.set_float(0, v <= 0 ? 0 : v); // NaN propagates through v
}

// Go's Max: +Inf wins over NaN; Max(+0, -0) = +0.
void Max(vm::NativeCall& call)
{
    double x = call.float_arg(0), y = call.float_arg(1), r;
    if (std::isinf(x) && x > 0)
        r = x;
    else if (std::isinf(y) && y > 0)
        r = y;
    else if (std::isnan(x) || std::isnan(y))
        r = std::numeric_limits<double>::quiet_NaN();
    else if (x == 0 && x == y)
        r = std::signbit(x) ? y : x;
    else
        r = x > y ? x : y;
    call.set_float(0, r);
}

// Go's Min: -Inf wins over NaN; Min(+0, -0) = -0.
void Min(vm::NativeCall& call)
{
    double x = call.float_arg(0), y = call.float_arg(1), r;
    if (std::isinf(x) && x < 0)
        r = x;
    else if (std::isinf(y) && y < 0)
        r = y;
    else if (std::isnan(x) || std::isnan(y))
        r = std::numeric_limits<double>::quiet_NaN();
    else if (x == 0 && x == y)
        r = std::signbit(x) ? x : y;
    else
        r = x < y ? x : y;
    call.set_float(0, r);
}

void Inf(vm::NativeCall& call)
{
    double inf = std::numeric_limits<double>::infinity();
    call.set_float(0, call.int_arg(0) >= 0 ? inf : -inf);
}

void NaN(vm::NativeCall& call)
{
    call.set_float(0, std::numeric_limits<double>::quiet_NaN());
}

void IsNaN(vm::NativeCall& call)
{
    call.set_int(0, std::isnan(call.float_arg(0)));
}

void IsInf(vm::NativeCall& call)
{
    double f = call.float_arg(0);
    int64_t sign = call.int_arg(1);
    constexpr double kMax = std::numeric_limits<double>::max();
    call.set_int(0, (sign >= 0 && f > kMax) || (sign <= 0 && f < -kMax));
}

void Signbit(vm::NativeCall& call)
{
    call.set_int(0, std::signbit(call.float_arg(0)));
}

void Float64bits(vm::NativeCall& call)
{
    call.set_int(0, static_cast<int64_t>(std::bit_cast<uint64_t>(call.float_arg(0))));
}

void Float64frombits(vm::NativeCall& call)
{
    call.set_float(0, std::bit_cast<double>(static_cast<uint64_t>(call.int_arg(0))));
}

void Float32bits(vm::NativeCall& call)
{
    call.set_int(0, std::bit_cast<uint32_t>(static_cast<float>(call.float_arg(0))));
}

void Float32frombits(vm::NativeCall& call)
{
    call.set_float(0, std::bit_cast<float>(static_cast<uint32_t>(call.int_arg(0))));
}

void Modf(vm::NativeCall& call)
{
    double ip;
    double frac = std::modf(call.float_arg(0), &ip);
    call.set_float(0, ip);
    call.set_float(1, frac);
}

void Frexp(vm::NativeCall& call)
{
    int exp;
    double frac = std::frexp(call.float_arg(0), &exp);
    call.set_float(0, frac);
    call.set_int(1, exp);
}

void Ldexp(vm::NativeCall& call)
{
    call.set_float(0,
        std::ldexp(
            call.float_arg(0), static_cast<int>(std::clamp<int64_t>(call.int_arg(1), -100000, 100000))));
}

void Pow10(vm::NativeCall& call)
{
    int64_t n = call.int_arg(0);
    double r = n < -323 ? 0
        : n > 308       ? std::numeric_limits<double>::infinity()
                        : std::pow(10.0, static_cast<double>(n));
    call.set_float(0, r);
}

} // namespace

} // namespace vitro::stdlib::math

namespace vitro::stdlib {

void register_math(vm::NativeRegistry& r)
{
    using namespace math;
    math::register_math_more(r);
    r.add("math.Abs", unary<Abs>);
    r.add("math.Sqrt", unary<Sqrt>);
    r.add("math.Floor", unary<Floor>);
    r.add("math.Ceil", unary<Ceil>);
    r.add("math.Trunc", unary<Trunc>);
    r.add("math.Round", unary<Round>);
    r.add("math.RoundToEven", unary<RoundToEven>);
    r.add("math.Exp", unary<Exp>);
    r.add("math.Exp2", unary<Exp2>);
    r.add("math.Expm1", unary<Expm1>);
    r.add("math.Log", unary<Log>);
    r.add("math.Log1p", unary<Log1p>);
    r.add("math.Log10", unary<Log10>);
    r.add("math.Log2", unary<Log2>);
    r.add("math.Sin", unary<Sin>);
    r.add("math.Cos", unary<Cos>);
    r.add("math.Tan", unary<Tan>);
    r.add("math.Asin", unary<Asin>);
    r.add("math.Acos", unary<Acos>);
    r.add("math.Atan", unary<Atan>);
    r.add("math.Sinh", unary<Sinh>);
    r.add("math.Cosh", unary<Cosh>);
    r.add("math.Tanh", unary<Tanh>);
    r.add("math.Cbrt", unary<Cbrt>);
    r.add("math.Gamma", unary<Gamma>);
    r.add("math.Pow", Pow);
    r.add("math.Atan2", Atan2);
    r.add("math.Hypot", Hypot);
    r.add("math.Mod", Mod);
    r.add("math.Remainder", Remainder);
    r.add("math.Copysign", Copysign);
    r.add("math.Dim", Dim);
    r.add("math.Max", Max);
    r.add("math.Min", Min);
    r.add("math.Inf", Inf);
    r.add("math.NaN", NaN);
    r.add("math.IsNaN", IsNaN);
    r.add("math.IsInf", IsInf);
    r.add("math.Signbit", Signbit);
    r.add("math.Float64bits", Float64bits);
    r.add("math.Float64frombits", Float64frombits);
    r.add("math.Float32bits", Float32bits);
    r.add("math.Float32frombits", Float32frombits);
    r.add("math.Modf", Modf);
    r.add("math.Frexp", Frexp);
    r.add("math.Ldexp", Ldexp);
    r.add("math.Pow10", Pow10);
}

} // namespace vitro::stdlib
