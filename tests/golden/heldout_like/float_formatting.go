package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 123456789.0, 0.000001, 0.0000001, -2.5, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range vals {
		fmt.Println(v, float32(v), strconv.FormatFloat(v, 'g', -1, 64))
	}
	fmt.Println(math.Sqrt(2), math.Pow(2, 0.5), math.Cbrt(27), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(2.7))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(1))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, math.Signbit(math.Copysign(0, -1)))
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1, float32(0.1), float64(float32(0.1)))
	f29 := 2.9
	fmt.Println(int(f29), int(-f29), int64(math.Floor(-0.5)))
	fmt.Printf("%v %.0f %.1f %.1f %.1f\n", 2.5, 2.5, 0.25, 0.35, 0.05)
	fmt.Printf("%6.2e|%g|%g|%g\n", 123456.789, 1e-5, 1e-4, 12345678.0)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1.0) < 1e-9)
	fmt.Println(7/2, 7.0/2, float64(7)/2, 7/2.0)
}
