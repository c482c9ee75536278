package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{-2.5, -1, -0.5, 0, 0.5, 1, 2.5, 10}
	for _, x := range xs {
		fmt.Printf("%5.1f floor=%v ceil=%v trunc=%v round=%v abs=%v sign=%v\n", x, math.Floor(x), math.Ceil(x),
			math.Trunc(x), math.Round(x), math.Abs(x), math.Signbit(x))
	}
	fmt.Printf("%.6f %.6f %.6f\n", math.Sqrt(2), math.Cbrt(27), math.Pow(2, 0.5))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log2(1024), math.Log10(0.001))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Atan2(1, 1), math.Asin(1), math.Hypot(3, 4))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.RoundToEven(2.5), math.RoundToEven(3.5), math.Pow(10, 3), math.Pow(2, -2))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
}
