package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 3}, {-1, 3}}
	for _, p := range pairs {
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}
	x := 300
	x2 := 70000
	x3 := int64(1<<40 + 5)
	fmt.Println(int8(x), uint8(x), int16(x2), uint16(x2), int32(x3))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y), uint(y) == ^uint(0))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, i8*-1, i8-1)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8, u8+1)
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9), uint8(int(f)))
	big := 1e20
	_ = big
	fmt.Println(float32(16777217), float64(float32(0.1)))
	var r rune = 0x1F600
	fmt.Println(string(r), byte(r), int16(r))
	h := -8
	fmt.Println(h>>1, h>>10, uint32(h)>>28, h<<2)
	m := 5
	fmt.Println(m&^3, m^3, ^m, -m%3, m&-m)
	var mn int64 = -9223372036854775808
	fmt.Println(mn/-1, mn%-1, -mn)
	a, b := 17, 5
	q, rem := a/b, a%b
	fmt.Println(q*b+rem == a, (-a)/b*b+(-a)%b == -a)
}
