package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	x := int64(math.MinInt64)
	d := int64(-1)
	fmt.Println(x/d, x%d)
	var u uint = 7
	fmt.Println(u/2, u%2)
	fmt.Println(7.0/2.0, -7.0/2.0)
	fmt.Println(math.Mod(7, -2), math.Mod(-7, 2), math.Remainder(7, 2))
	fmt.Println(math.Floor(-3.5), math.Ceil(-3.5), math.Trunc(-3.5), math.Round(-3.5))
	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println(i8/m1, i8%m1)
	n := 1234567
	digits := 0
	for n > 0 {
		n /= 10
		digits++
	}
	fmt.Println("digits:", digits)
	mod := func(a, b int) int { return (a%b + b) % b }
	fmt.Println(mod(-7, 3), mod(7, 3), -7%3)
}
