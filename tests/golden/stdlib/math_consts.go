package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi)
	fmt.Println(math.E)
	fmt.Println(math.Sqrt2, math.SqrtE, math.SqrtPi, math.Phi)
	fmt.Println(math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8)
	fmt.Println(math.MaxInt16, math.MinInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(int64(math.MaxInt64), int64(math.MinInt64), uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	var x int32 = math.MaxInt32
	x++
	fmt.Println(x == math.MinInt32)
	circle := func(r float64) (float64, float64) { return 2 * math.Pi * r, math.Pi * r * r }
	c, a := circle(2)
	fmt.Printf("%.4f %.4f\n", c, a)
	fmt.Printf("%.20f\n", math.Pi)
	const bigPi = math.Pi * 1e10
	fmt.Println(bigPi)
}
