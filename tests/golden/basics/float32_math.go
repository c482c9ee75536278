package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 1.1
	var b float32 = 2.2
	fmt.Println(a+b, float64(a)+float64(b), 1.1+2.2)
	var acc float32
	for i := 0; i < 1000; i++ {
		acc += 0.001
	}
	fmt.Println(acc)
	var acc64 float64
	for i := 0; i < 1000; i++ {
		acc64 += 0.001
	}
	fmt.Println(acc64)
	x := float32(math.Pi)
	fmt.Println(x, float64(x), math.Pi)
	fmt.Printf("%v %.10f %g\n", x, x, x)
	big := float32(1 << 24)
	fmt.Println(big, big+1, big+2)
	y := float32(1e-45)
	fmt.Println(y, y/2)
	fmt.Println(math.Float32bits(1.0), math.Float64bits(1.0))
	fmt.Println(math.Float32frombits(0x40490fdb))
	var third float32 = 1.0 / 3
	fmt.Println(third*3 == 1, third)
}
