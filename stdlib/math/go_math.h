// stdlib/math/go_math.h — Go 1.19's own implementations of the math functions whose results
// glibc's (correctly rounded or differently approximated) versions do not reproduce bit for bit:
// Exp (amd64 assembly, FMA path), Log (amd64 assembly = log.go), Cbrt, Pow, Sin, Cos, Tan.
// Ported operation for operation (no FMA contraction: the build does not enable FMA, and Go's
// amd64 compiler never fuses). Arguments of trig functions at or above 2^29 use glibc (Go's
// Payne-Hanek reduction is not ported).
#pragma once

namespace vitro::stdlib::math {

double go_exp(double x);
double go_log(double x);
double go_cbrt(double x);
double go_pow(double x, double y);
double go_sin(double x);
double go_cos(double x);
double go_tan(double x);

} // namespace vitro::stdlib::math
