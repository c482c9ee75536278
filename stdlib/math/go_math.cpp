// stdlib/math/go_math.cpp — ports of Go's math implementations (see go_math.h).
// Go reference: src/math/exp_amd64.s (avxfma path), log_amd64.s, cbrt.go, pow.go, sin.go, tan.go.
#include "stdlib/math/go_math.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace vitro::stdlib::math {

namespace {

double from_bits(uint64_t b)
{
    return std::bit_cast<double>(b);
}

uint64_t to_bits(double d)
{
    return std::bit_cast<uint64_t>(d);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// CVTSD2SL: round to nearest even; out of range gives the "integer indefinite" 0x80000000.
int32_t cvtsd2sl(double x)
{
    double r = std::nearbyint(x);
    if (!(r >= -2147483648.0 && r <= 2147483647.0))
        return INT32_MIN;
    return static_cast<int32_t>(r);
}

constexpr double kSin[] = { 1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1 };
constexpr double kCos[]
    = { -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
          2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2 };
constexpr double kPI4A = 7.85398125648498535156e-1;
constexpr double kPI4B = 3.77489470793079817668e-8;
constexpr double kPI4C = 2.69515142907905952645e-15;
constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
constexpr double kReduceThreshold = 1 << 29;

// The octant j and reduced argument z of x (0 <= x < 2^29), as sin.go computes them.
void reduce(double x, uint64_t& j, double& z)
{
    j = static_cast<uint64_t>(x * (4 / kPi));
    auto y = static_cast<double>(j);
    if (j & 1) {
        j++;
        y++;
    }
    j &= 7;
    z = ((x - y * kPI4A) - y * kPI4B) - y * kPI4C;
}

double sin_poly(double z, double zz)
{
    return z
        + z * zz
        * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}

double cos_poly(double zz)
{
    return 1.0 - 0.5 * zz
        + zz * zz
        * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

bool is_odd_int(double x)
{
    double xi;
    double xf = std::modf(x, &xi);
    return xf == 0 && (static_cast<int64_t>(xi) & 1) == 1;
}

} // namespace

double go_exp(double x)
{
    constexpr double kLog2e = 1.4426950408889634073599246810018920;
    constexpr double kLn2U = 0.69314718055966295651160180568695068359375;
    constexpr double kLn2L = 0.28235290563031577122588448175013436025525412068e-12;
    constexpr double kOverflow = 7.09782712893384e+02;
    uint64_t bits = to_bits(x);
    if ((bits & ~(uint64_t(1) << 63)) >= 0x7FF0000000000000) {
        if (bits == 0xFFF0000000000000)
            return 0; // -Inf
        return x; // NaN or +Inf
    }
    if (x > kOverflow)
        return kInf;
    int32_t e = cvtsd2sl(kLog2e * x);
    auto k = static_cast<double>(e);
    double r = std::fma(-kLn2U, k, x);
    r = std::fma(-kLn2L, k, r);
    r *= 0.0625;
    double p = 2.4801587301587301587e-5;
    p = std::fma(p, r, 1.9841269841269841270e-4);
    p = std::fma(p, r, 1.3888888888888888889e-3);
    p = std::fma(p, r, 8.3333333333333333333e-3);
    p = std::fma(p, r, 4.1666666666666666667e-2);
    p = std::fma(p, r, 1.6666666666666666667e-1);
    p = std::fma(p, r, 0.5);
    p = std::fma(p, r, 1.0);
    r *= p;
    for (int i = 0; i < 3; i++)
        r *= r + 2.0;
    r = std::fma(r, r + 2.0, 1.0);
    int64_t be = static_cast<int64_t>(e) + 0x3FF;
    if (be <= 0) {
        if (be < -52)
            return 0;
        be += 0x3FE;
        r *= from_bits(static_cast<uint64_t>(be) << 52);
        be = 1;
    } else if (be >= 0x7FF) {
        return kInf;
    }
    return r * from_bits(static_cast<uint64_t>(be) << 52);
}

double go_log(double x)
{
    constexpr double kLn2Hi = 6.93147180369123816490e-01, kLn2Lo = 1.90821492927058770002e-10;
    constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01,
                     L3 = 2.857142874366239149e-01, L4 = 2.222219843214978396e-01,
                     L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                     L7 = 1.479819860511658591e-01;
    constexpr double kHSqrt2 = 7.07106781186547524401e-01;
    uint64_t bits = to_bits(x);
    if ((bits & ~(uint64_t(1) << 63)) == 0)
        return -kInf;
    if (static_cast<int64_t>(bits) < 0)
        return kNaN;
    if (bits >= 0x7FF0000000000000)
        return x;
    // The assembly's frexp: raw exponent bits (subnormals are not normalized).
    double f1 = from_bits((bits & 0x000FFFFFFFFFFFFF) | to_bits(0.5));
    auto k = static_cast<double>(static_cast<int32_t>((bits >> 52) & 0x7FF) - 0x3FE);
    if (!(kHSqrt2 < f1)) {
        k -= 1;
        f1 *= 2;
    }
    double f = f1 - 1;
    double s = f / (2 + f);
    double s2 = s * s;
    double s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double R = t1 + t2;
    double hfsq = 0.5 * f * f;
    return k * kLn2Hi - ((hfsq - (s * (hfsq + R) + k * kLn2Lo)) - f);
}

double go_cbrt(double x)
{
    constexpr uint64_t B1 = 715094163, B2 = 696219795;
    constexpr double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01,
                     E = 1.41428571428571436819e+00, F = 1.60714285714285720630e+00,
                     G = 3.57142857142857150787e-01, kSmallestNormal = 2.22507385850720138309e-308;
    if (x == 0 || std::isnan(x) || std::isinf(x))
        return x;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    double t = from_bits(to_bits(x) / 3 + (B1 << 32));
    if (x < kSmallestNormal) {
        t = static_cast<double>(uint64_t(1) << 54);
        t *= x;
        t = from_bits(to_bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_bits((to_bits(t) & (uint64_t(0xFFFFFFFFC) << 28)) + (uint64_t(1) << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return sign ? -t : t;
}

double go_pow(double x, double y)
{
    if (y == 0 || x == 1)
        return 1;
    if (y == 1)
        return x;
    if (std::isnan(x) || std::isnan(y))
        return kNaN;
    if (x == 0) {
        if (y < 0)
            return is_odd_int(y) ? std::copysign(kInf, x) : kInf;
        if (y > 0)
            return is_odd_int(y) ? x : 0;
    }
    if (std::isinf(y)) {
        if (x == -1)
            return 1;
        if ((std::fabs(x) < 1) == (y > 0))
            return 0;
        return kInf;
    }
    if (std::isinf(x)) {
        if (x < 0)
            return go_pow(1 / x, -y);
        if (y < 0)
            return 0;
        if (y > 0)
            return kInf;
    }
    if (y == 0.5)
        return std::sqrt(x);
    if (y == -0.5)
        return 1 / std::sqrt(x);
    double yi;
    double yf = std::modf(std::fabs(y), &yi);
    if (yf != 0 && x < 0)
        return kNaN;
    if (yi >= 9223372036854775808.0) {
        if (x == -1)
            return 1;
        if ((std::fabs(x) < 1) == (y > 0))
            return 0;
        return kInf;
    }
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = go_exp(yf * go_log(x));
    }
    int xe_int;
    double x1 = std::frexp(x, &xe_int);
    int64_t xe = xe_int;
    for (auto i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if ((i & 1) == 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    if (ae > 100000)
        ae = 100000;
    if (ae < -100000)
        ae = -100000;
    return std::ldexp(a1, static_cast<int>(ae));
}

double go_sin(double x)
{
    if (x == 0 || std::isnan(x))
        return x;
    if (std::isinf(x))
        return kNaN;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x >= kReduceThreshold)
        return sign ? -std::sin(x) : std::sin(x);
    uint64_t j;
    double z;
    reduce(x, j, z);
    if (j > 3) {
        sign = !sign;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

double go_cos(double x)
{
    if (std::isnan(x) || std::isinf(x))
        return kNaN;
    x = std::fabs(x);
    if (x >= kReduceThreshold)
        return std::cos(x);
    bool sign = false;
    uint64_t j;
    double z;
    reduce(x, j, z);
    if (j > 3) {
        j -= 4;
        sign = !sign;
    }
    if (j > 1)
        sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

double go_tan(double x)
{
    constexpr double P[] = { -1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7 };
    constexpr double Q[] = { 1.00000000000000000000e0, 1.36812963470692954678e4, -1.32089234440210967447e6,
        2.50083801823357915839e7, -5.38695755929454629881e7 };
    if (x == 0 || std::isnan(x))
        return x;
    if (std::isinf(x))
        return kNaN;
    bool sign = false;
    if (x < 0) {
        x = -x;
        sign = true;
    }
    if (x >= kReduceThreshold)
        return sign ? -std::tan(x) : std::tan(x);
    auto j = static_cast<uint64_t>(x * (4 / kPi));
    auto y = static_cast<double>(j);
    if (j & 1) {
        j++;
        y++;
    }
    double z = ((x - y * kPI4A) - y * kPI4B) - y * kPI4C;
    double zz = z * z;
    if (zz > 1e-14)
        y = z
            + z
                * (zz * (((P[0] * zz) + P[1]) * zz + P[2])
                    / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
    else
        y = z;
    if ((j & 2) == 2)
        y = -1 / y;
    return sign ? -y : y;
}

} // namespace vitro::stdlib::math
