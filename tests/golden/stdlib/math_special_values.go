package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, math.IsInf(inf, 1), math.IsInf(-inf, 0), math.IsNaN(nan))
	fmt.Println(nan == nan, nan < 1, nan > 1, inf > math.MaxFloat64)
	fmt.Println(inf-inf, inf*0, 1/inf, -1/inf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.Max(nan, 1), math.Min(-0.0, 0), math.Copysign(3, -1))
	fmt.Println(math.Nextafter(1, 2)-1, math.Float64frombits(1))
	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println(i8)
}
