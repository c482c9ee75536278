// stdlib/math/math_more_natives.cpp — the rest of package math: inverse hyperbolic functions,
// Erf family (Erfinv/Erfcinv ported from Go's erfinv.go), Bessel functions, Lgamma, Logb/Ilogb,
// Nextafter, FMA and Sincos.
//
// Special cases follow Go's documentation; values come from glibc except Erfinv/Erfcinv
// (Go's rational approximations, bit for bit) and Sincos (Go's Sin/Cos, go_math.h). glibc's
// erf/lgamma/Bessel/acosh... may differ from Go's in the last bit for some inputs.
// Go reference: src/math/erfinv.go, logb.go, nextafter.go, lgamma.go, sincos.go.
#include "stdlib/math/go_math.h"
#include "stdlib/natives.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace vitro::stdlib::math {

namespace {

template <double (*F)(double)> void unary(vm::NativeCall& call)
{
    call.set_float(0, F(call.float_arg(0)));
}

double Acosh(double x)
{
    return std::acosh(x);
}
double Asinh(double x)
{
    return std::asinh(x);
}
double Atanh(double x)
{
    return std::atanh(x);
}
double Erf(double x)
{
    return std::erf(x);
}
double Erfc(double x)
{
    return std::erfc(x);
}
double J0(double x)
{
    return ::j0(x);
}
double J1(double x)
{
    return ::j1(x);
}
double Y0(double x)
{
    return x < 0 ? std::numeric_limits<double>::quiet_NaN() : ::y0(x);
}
double Y1(double x)
{
    return x < 0 ? std::numeric_limits<double>::quiet_NaN() : ::y1(x);
}

double Erfinv(double x)
{
    constexpr double a0 = 1.1975323115670912564578e0, a1 = 4.7072688112383978012285e1,
                     a2 = 6.9706266534389598238465e2, a3 = 4.8548868893843886794648e3,
                     a4 = 1.6235862515167575384252e4, a5 = 2.3782041382114385731252e4,
                     a6 = 1.1819493347062294404278e4, a7 = 8.8709406962545514830200e2;
    constexpr double b0 = 1.0000000000000000000e0, b1 = 4.2313330701600911252e1, b2 = 6.8718700749205790830e2,
                     b3 = 5.3941960214247511077e3, b4 = 2.1213794301586595867e4, b5 = 3.9307895800092710610e4,
                     b6 = 2.8729085735721942674e4, b7 = 5.2264952788528545610e3;
    constexpr double c0 = 1.42343711074968357734e0, c1 = 4.63033784615654529590e0,
                     c2 = 5.76949722146069140550e0, c3 = 3.64784832476320460504e0,
                     c4 = 1.27045825245236838258e0, c5 = 2.41780725177450611770e-1,
                     c6 = 2.27238449892691845833e-2, c7 = 7.74545014278341407640e-4;
    constexpr double d0 = 1.4142135623730950488016887e0, d1 = 2.9036514445419946173133295e0,
                     d2 = 2.3707661626024532365971225e0, d3 = 9.7547832001787427186894837e-1,
                     d4 = 2.0945065210512749128288442e-1, d5 = 2.1494160384252876777097297e-2,
                     d6 = 7.7441459065157709165577218e-4, d7 = 1.4859850019840355905497876e-9;
    constexpr double e0 = 6.65790464350110377720e0, e1 = 5.46378491116411436990e0,
                     e2 = 1.78482653991729133580e0, e3 = 2.96560571828504891230e-1,
                     e4 = 2.65321895265761230930e-2, e5 = 1.24266094738807843860e-3,
                     e6 = 2.71155556874348757815e-5, e7 = 2.01033439929228813265e-7;
    constexpr double f0 = 1.414213562373095048801689e0, f1 = 8.482908416595164588112026e-1,
                     f2 = 1.936480946950659106176712e-1, f3 = 2.103693768272068968719679e-2,
                     f4 = 1.112800997078859844711555e-3, f5 = 2.611088405080593625138020e-5,
                     f6 = 2.010321207683943062279931e-7, f7 = 2.891024605872965461538222e-15;
    constexpr double kLn2 = 0.693147180559945309417232121458176568075500134360255254120680009;
    if (std::isnan(x) || x <= -1 || x >= 1) {
        if (x == -1 || x == 1)
            return x * std::numeric_limits<double>::infinity();
        return std::numeric_limits<double>::quiet_NaN();
    }
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double ans;
    if (x <= 0.85) {
        double r = 0.180625 - 0.25 * x * x;
        double z1 = ((((((a7 * r + a6) * r + a5) * r + a4) * r + a3) * r + a2) * r + a1) * r + a0;
        double z2 = ((((((b7 * r + b6) * r + b5) * r + b4) * r + b3) * r + b2) * r + b1) * r + b0;
        ans = (x * z1) / z2;
    } else {
        double z1, z2;
        double r = std::sqrt(kLn2 - go_log(1.0 - x));
        if (r <= 5.0) {
            r -= 1.6;
            z1 = ((((((c7 * r + c6) * r + c5) * r + c4) * r + c3) * r + c2) * r + c1) * r + c0;
            z2 = ((((((d7 * r + d6) * r + d5) * r + d4) * r + d3) * r + d2) * r + d1) * r + d0;
        } else {
            r -= 5.0;
            z1 = ((((((e7 * r + e6) * r + e5) * r + e4) * r + e3) * r + e2) * r + e1) * r + e0;
            z2 = ((((((f7 * r + f6) * r + f5) * r + f4) * r + f3) * r + f2) * r + f1) * r + f0;
        }
        ans = z1 / z2;
    }
    return sign ? -ans : ans;
}

double Erfcinv(double x)
{
    return Erfinv(1 - x);
}

int64_t ilogb(double x)
{
    int exp;
    std::frexp(x, &exp);
    return exp - 1;
}

void Ilogb(vm::NativeCall& call)
{
    double x = call.float_arg(0);
    if (x == 0)
        call.set_int(0, INT32_MIN);
    else if (std::isnan(x) || std::isinf(x))
        call.set_int(0, INT32_MAX);
    else
        call.set_int(0, ilogb(x));
}

double Logb(double x)
{
    if (x == 0)
        return -std::numeric_limits<double>::infinity();
    if (std::isinf(x))
        return std::numeric_limits<double>::infinity();
    if (std::isnan(x))
        return x;
    return static_cast<double>(ilogb(x));
}

void Jn(vm::NativeCall& call)
{
    call.set_float(0, ::jn(static_cast<int>(call.int_arg(0)), call.float_arg(1)));
}

void Yn(vm::NativeCall& call)
{
    double x = call.float_arg(1);
    call.set_float(
        0, x < 0 ? std::numeric_limits<double>::quiet_NaN() : ::yn(static_cast<int>(call.int_arg(0)), x));
}

// Lgamma(x) (lgamma float64, sign int).
void Lgamma(vm::NativeCall& call)
{
    int sign = 1;
    double v = ::lgamma_r(call.float_arg(0), &sign);
    call.set_float(0, v);
    call.set_int(1, sign < 0 ? -1 : 1);
}

void Nextafter(vm::NativeCall& call)
{
    call.set_float(0, std::nextafter(call.float_arg(0), call.float_arg(1)));
}

void Nextafter32(vm::NativeCall& call)
{
    auto x = static_cast<float>(call.float_arg(0)), y = static_cast<float>(call.float_arg(1));
    call.set_float(0, static_cast<double>(std::nextafter(x, y)));
}

void FMA(vm::NativeCall& call)
{
    call.set_float(0, std::fma(call.float_arg(0), call.float_arg(1), call.float_arg(2)));
}

void Sincos(vm::NativeCall& call)
{
    double x = call.float_arg(0);
    call.set_float(0, go_sin(x));
    call.set_float(1, go_cos(x));
}

} // namespace

void register_math_more(vm::NativeRegistry& r)
{
    r.add("math.Acosh", unary<Acosh>);
    r.add("math.Asinh", unary<Asinh>);
    r.add("math.Atanh", unary<Atanh>);
    r.add("math.Erf", unary<Erf>);
    r.add("math.Erfc", unary<Erfc>);
    r.add("math.Erfinv", unary<Erfinv>);
    r.add("math.Erfcinv", unary<Erfcinv>);
    r.add("math.J0", unary<J0>);
    r.add("math.J1", unary<J1>);
    r.add("math.Y0", unary<Y0>);
    r.add("math.Y1", unary<Y1>);
    r.add("math.Jn", Jn);
    r.add("math.Yn", Yn);
    r.add("math.Logb", unary<Logb>);
    r.add("math.Ilogb", Ilogb);
    r.add("math.Lgamma", Lgamma);
    r.add("math.Nextafter", Nextafter);
    r.add("math.Nextafter32", Nextafter32);
    r.add("math.FMA", FMA);
    r.add("math.Sincos", Sincos);
}

} // namespace vitro::stdlib::math
