package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 99
	Third = 1.0 / 3
	Huge  = 1e300 * 1e300 / 1e300
	KB    = 1 << (10 * (iota - 3))
	MB
	GB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a = iota * 10
	b
	c = "str"
	d
	e = iota
)

func main() {
	fmt.Println(Small, Third, Huge, KB, MB, GB)
	fmt.Println(Big/(1<<98), float64(Big))
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(a, b, c, d, e)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64, Third*3 == 1)
	const x = 10
	var i8 int8 = x * 12
	fmt.Println(i8, x/3, x/3.0, x%3)
	const r = 'a' + 1
	fmt.Printf("%v %c %T\n", r, r, r)
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	fmt.Println(math.MaxUint64/2, uint64(math.MaxUint64))
	var u uint = 1<<64 - 1
	fmt.Println(u, u+1)
	const big = 1 << 62
	fmt.Println(big*2-1, float32(1<<24+1))
	fmt.Println(7/2, -7/2, 7.0/2, 1<<3|1, 0x1p4, 0o17, 0b101, 1_000_000)
	var sh uint = 70
	one32, u200 := int32(1), uint8(200)
	fmt.Println(1<<sh, one32<<31, u200+uint8(100))
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'a', "s")
}
