package main

import (
	"fmt"
	"math"
)

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c int32 = math.MaxInt32
	c += 10
	fmt.Println(c)
	var d int64 = math.MaxInt64
	d++
	fmt.Println(d, d == math.MinInt64)
	var u uint32 = 1 << 31
	u *= 2
	fmt.Println(u)
	var u16 uint16 = 300
	m1 := int16(-1)
	fmt.Println(uint8(u16), int8(u16), m1, uint16(m1))
	x := math.MinInt64
	fmt.Println(-x, x/-1 == x)
	var h uint32 = 2166136261
	for _, ch := range []byte("hello") {
		h ^= uint32(ch)
		h *= 16777619
	}
	fmt.Println("fnv32:", h)
	var h64 uint64 = 14695981039346656037
	for _, ch := range []byte("hello") {
		h64 ^= uint64(ch)
		h64 *= 1099511628211
	}
	fmt.Println("fnv64:", h64)
	f := 1e20
	u8, i16 := uint8(200), int16(30000)
	fmt.Println(int64(f/1e10), u8+uint8(100), i16*2)
	m := int8(-128)
	fmt.Println(m/-1, -m, m*m)
	fmt.Println(math.MaxUint32, uint64(math.MaxUint64), math.MinInt8, math.MaxInt16)
}
