package main

import (
	"fmt"
	"math"
)

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64)
	fmt.Println(float64(f32))
	fmt.Println(f64+0.2, f32+0.2)
	fmt.Println(1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Println(3.0, 2.5, -0.75)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	negz := math.Copysign(0, -1)
	fmt.Println(negz, negz == 0)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32)
	var x float32 = 16777216
	fmt.Println(x+1 == x)
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0)
	fmt.Printf("%.2f %8.3f %e %g\n", math.Pi, math.E, 12345.678, 0.000012)
}
