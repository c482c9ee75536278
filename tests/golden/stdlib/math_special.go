package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{-0.99, -0.5, 0, 0.1, 0.5, 0.9, 0.999999, 1} {
		fmt.Println(x, math.Erfinv(x), math.Erfcinv(1-x))
	}
	fmt.Println(math.Ilogb(0), math.Ilogb(8), math.Ilogb(0.1), math.Logb(1024), math.Logb(0), math.Ilogb(math.NaN()))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter32(1, 0), math.FMA(2, 3, 4))
	s, c := math.Sincos(1)
	fmt.Println(s, c)
	lg, sign := math.Lgamma(-0.5)
	fmt.Printf("%.10f %d\n", lg, sign)
	fmt.Printf("%.10f %.10f %.10f\n", math.Asinh(1), math.Acosh(2), math.Atanh(0.5))
	fmt.Printf("%.10f %.10f %.10f %.10f\n", math.Erf(0.5), math.Erfc(0.5), math.J0(1), math.Y1(2))
}
