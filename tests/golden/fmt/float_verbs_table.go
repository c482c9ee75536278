package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265, 1234567.891, 1e-7, 6.02e23, math.Inf(1), math.Inf(-1), math.NaN()}
	verbs := []string{"%v", "%f", "%.2f", "%8.3f", "%-10.1f|", "%+.1f", "%e", "%.3E", "%g", "%.3g", "%G", "%010.2f", "% .2f", "%x"}
	for _, v := range vals {
		for _, verb := range verbs {
			fmt.Printf(verb+" ", v)
		}
		fmt.Println()
	}
	fmt.Printf("%v %v %v\n", float32(0.1), 0.1, float32(1)/3)
	fmt.Printf("%g %g %g %g\n", 1e20, 1e21, 123456789.0, 0.000012345)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
}
