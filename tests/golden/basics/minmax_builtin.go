// vitro:go1.22
package main

import (
	"fmt"
	"math"
)

type Score int

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-5))
	a, b := 7, -7
	fmt.Println(min(a, b), max(a, b), min(a, b, 0), max(a, 100))
	fmt.Println(min(2.5, 1), max(2.5, 1), min(1, 2.0))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"), min("", "a"))
	x, y := 1.5, math.NaN()
	fmt.Println(min(x, y), max(x, y), min(x, math.Inf(-1)), max(x, math.Inf(1)))
	fmt.Println(min(0.0, math.Copysign(0, -1)), max(math.Copysign(0, -1), 0.0))
	var s1, s2 Score = 40, 90
	best := max(s1, s2, 75)
	fmt.Printf("%v %T\n", best, best)
	const c = min(1, 2.5, 'a')
	fmt.Println(c)
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
	clamp := func(v, lo, hi int) int { return min(max(v, lo), hi) }
	for _, v := range []int{-5, 5, 50} {
		fmt.Print(clamp(v, 0, 10), " ")
	}
	fmt.Println()
}
