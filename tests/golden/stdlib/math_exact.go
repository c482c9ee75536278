package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0.1, 0.5, 1, 2, 3, 10, 100, 1e-5, 700, -700, -745.2, 12345.678, math.Pi, -2.5} {
		fmt.Println(x, math.Exp(x), math.Log(math.Abs(x)), math.Sin(x), math.Cos(x), math.Tan(x), math.Cbrt(x),
			math.Pow(math.Abs(x), 1.7), math.Pow(x, 3), math.Log10(math.Abs(x)), math.Log2(math.Abs(x)))
	}
	s := 0.0
	for i := 1; i < 2000; i++ {
		x := float64(i) * 0.37
		s += math.Exp(x/100) + math.Log(x) + math.Sin(x) + math.Cos(x) + math.Tan(x) + math.Pow(x, 0.3) + math.Cbrt(x)
	}
	fmt.Println(s)
	fmt.Println(math.Pow(2, 0.5), math.Pow(10, -3), math.Pow(1.0001, 10000), math.Exp(1), math.Exp(-1))
	fmt.Println(math.Pow(-8, 1.0/3), math.Pow(-2, 3), math.Pow(0, -1), math.Pow(-0.0, -3), math.Pow(2, 1024), math.Pow(2, -1080))
	fmt.Println(math.Exp(710), math.Exp(-746), math.Exp(math.Inf(-1)), math.Log(-1), math.Log(0), math.Cbrt(-27))
}
