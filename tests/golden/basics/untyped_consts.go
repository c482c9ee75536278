package main

import (
	"fmt"
	"math"
)

const huge = 1 << 100
const small = huge >> 98
const third = 1.0 / 3
const big = 1e300 * 1e300 / 1e300

const (
	typedInt   int     = 7
	typedFloat float64 = 7
)

func main() {
	fmt.Println(small)
	fmt.Println(huge / (1 << 90))
	fmt.Println(third)
	fmt.Println(big)
	var f32 float32 = third
	fmt.Println(f32)
	fmt.Println(typedInt/2, typedFloat/2)
	fmt.Println(7/2, 7/2.0, 7.0/2)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'x', "s")
	var x uint8 = 255
	fmt.Println(x + 0)
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(uint64(math.MaxUint64))
	const pi2 = math.Pi * 2
	fmt.Println(pi2)
	var shift uint = 3
	var r = 1 << shift
	fmt.Printf("%T %v\n", r, r)
	const mask = ^uint32(0)
	fmt.Println(mask)
}
