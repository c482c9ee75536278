package main

import "fmt"

func main() {
	x := 1
	for _, s := range []uint{0, 1, 10, 62, 63, 64, 100} {
		fmt.Println("1 <<", s, "=", x<<s)
	}
	neg := -256
	fmt.Println(neg>>1, neg>>4, neg>>8, neg>>9, neg>>63, neg>>200)
	var u uint32 = 0x80000000
	fmt.Println(u>>31, u>>32, u<<1)
	var b byte = 0x81
	fmt.Println(b<<1, b>>7, b<<7)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8>>7, i8<<1)
	var count int = 3
	fmt.Println(5<<count, 40>>count)
	var n int64 = 1
	n <<= 40
	fmt.Println(n)
	n >>= 38
	fmt.Println(n)
	var s8 int8 = 2
	fmt.Println(1<<s8, uint16(1)<<15)
	mask := uint64(1)<<40 - 1
	fmt.Printf("%x %d\n", mask, mask)
}
