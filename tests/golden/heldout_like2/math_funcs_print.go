package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -math.Inf(1))
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(math.Inf(-1), -1), math.IsInf(1, 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32)
	fmt.Println(uint64(math.MaxUint64), math.MaxInt8, math.MinInt16)
	x := math.MaxInt64
	x++
	fmt.Println("overflow:", x, x == math.MinInt64)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(1/math.Inf(1), math.Max(nan, 1), math.Min(math.Inf(-1), 0))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Printf("%v %.2f %e %g\n", math.Pi, math.Pi, math.Pi, math.Pi)
	fmt.Println(int64(math.Floor(1e10)), int(math.Sqrt(99)))
}
