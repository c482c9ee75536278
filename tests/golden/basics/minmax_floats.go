// vitro:go1.22
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	pz, nz := 0.0, math.Copysign(0, -1)
	fmt.Println(min(1.5, nan), max(nan, 2.5), min(nan, nan), max(3.0, nan, 1.0))
	fmt.Println(min(pz, nz), max(nz, pz), min(nz, pz), max(pz, nz))
	fmt.Println(math.Signbit(min(pz, nz)), math.Signbit(max(nz, pz)), math.Signbit(min(pz, pz)), math.Signbit(max(nz, nz)))
	fmt.Println(min(inf, -inf, 0.5), max(-inf, 7.25, inf), min(2.0, 1.0, 3.0), max(2.0, 1.0, 3.0))
	var f32a, f32b float32 = 1.25, -3.5
	fmt.Println(min(f32a, f32b), max(f32a, f32b, 2))
	a, b, c := 3, -7, 12
	fmt.Println(min(a, b, c), max(a, b, c), min("pear", "apple", "fig"), max("pear", "apple", "fig"))
	var u1, u2 uint = 1 << 63, 5
	fmt.Println(min(u1, u2), max(u1, u2))
}
