package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b\n", a&b, a|b)
	fmt.Printf("%04b %04b\n", a^b, a&^b)
	fmt.Println(^0, ^5, ^-1)
	var u uint8 = 0x0f
	fmt.Println(^u, u^0xff)
	for _, v := range []uint64{0, 1, 255, 1<<63 | 1, 0xdeadbeef} {
		fmt.Println(v, popcount(v))
	}
	x := 0x1234
	fmt.Printf("%#x %#o %#b\n", x, x, 5)
	flags := 0
	flags |= 1 << 3
	flags |= 1 << 0
	flags &^= 1 << 0
	flags ^= 1 << 5
	fmt.Println(flags)
	isPow2 := func(n int) bool { return n > 0 && n&(n-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(1), isPow2(0))
}
