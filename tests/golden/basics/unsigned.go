package main

import "fmt"

func main() {
	var a, b uint = 3, 5
	fmt.Println(a - b)
	fmt.Println(b - a)
	var u8 uint8 = 10
	fmt.Println(u8-20, u8*30)
	var u16 uint16 = 1
	for i := 0; i < 17; i++ {
		u16 *= 2
	}
	fmt.Println(u16)
	x := uint32(0xdeadbeef)
	fmt.Printf("%d %x %X %o %b\n", x, x, x, x>>28, x>>24)
	var max uint64 = 1<<64 - 1
	fmt.Println(max, max+1, max/3)
	fmt.Println(max > 1<<63)
	var i int = -1
	fmt.Println(uint32(i) == 1<<32-1)
	rotl := func(v uint32, k uint) uint32 { return v<<k | v>>(32-k) }
	fmt.Printf("%08x %08x\n", rotl(0x12345678, 8), rotl(0x80000001, 1))
	var sum uint8
	for i := 0; i < 100; i++ {
		sum += uint8(i)
	}
	fmt.Println(sum)
}
