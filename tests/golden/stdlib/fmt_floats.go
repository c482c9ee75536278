package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.1f] [%08.3f] [%+.2f]\n", x, x, x, x, x, x)
	fmt.Printf("[%e] [%E] [%.2e] [%10.3e]\n", x, x, 123456.789, 0.000123)
	fmt.Printf("[%g] [%G] [%.3g] [%g] [%g] [%g]\n", x, 1e-7, 1234.5678, 1e21, 1e20, 100000.0)
	fmt.Printf("[%v] [%v] [%v] [%v]\n", 1.0, 0.1, 1e6, 1e-5)
	fmt.Printf("[%F] [%.0f] [%.0f] [%.0f]\n", 2.5, 2.5, 3.5, -0.5)
	fmt.Printf("[%f] [%5.1f] [%v] [%+v]\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Printf("[%06.2f] [%-7.2f] [% .3f] [% .3f]\n", -1.5, 2.25, 1.0, -1.0)
	fmt.Printf("[%v] [%.3v] [%10v]\n", float32(0.1), 2.0/3, 1.5)
	fmt.Printf("[%x] [%X] [%b]\n", 1.0, 0.5, 2.0)
	fmt.Printf("[%.1f] [%.1f] [%.1f] [%.1f]\n", 0.05, 0.15, 0.25, 0.35)
	fmt.Printf("[%g] [%g] [%e]\n", math.MaxFloat64, math.SmallestNonzeroFloat64, 0.0)
	fmt.Printf("[%#g] [%#.3g] [%#v]\n", 1.0, 2.0, 3.0)
	fmt.Printf("%.3f %.3f\n", []float64{1.23456, 2}, [2]float32{0.5, 1.25})
	fmt.Printf("%8.2f|\n%8.2f|\n%8.2f|\n", 1.0, 22.5, 333.125)
	fmt.Println(1e100, 123456789.0, 12345678.0, 0.000001, 0.0000001)
	fmt.Println(float32(1e10), float32(3.4e38), float32(16777217))
}
