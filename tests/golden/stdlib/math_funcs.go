package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1))
	fmt.Println(math.Abs(-3.2), math.Abs(math.Inf(-1)))
	fmt.Println(math.Floor(2.7), math.Floor(-2.2), math.Ceil(2.1), math.Ceil(-2.9))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.RoundToEven(3.5))
	fmt.Println(math.Trunc(9.99), math.Trunc(-9.99))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Exp(0), math.Exp(1))
	fmt.Println(math.Log(math.E), math.Log2(1024), math.Log10(0.001), math.Log(0), math.Log(-1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan2(1, -1))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Mod(10.5, 2))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 1), math.IsInf(1, 0))
	fmt.Println(math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)), math.Signbit(-1))
	fmt.Println(math.NaN() == math.NaN(), math.Inf(1) > math.MaxFloat64)
	fmt.Println(math.Float64frombits(0x7FF0000000000000))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Remainder(10, 3))
	fmt.Println(math.Gamma(5), math.Sqrt(math.Pow(3, 2)+math.Pow(4, 2)))
}
