package main

import "fmt"

// The upper-case prefixes and exponents are deliberate: gofmt would lower-case them.
func main() {
	fmt.Println(42, 0x2A, 0X2a, 052, 0o52, 0O52, 0b101010, 0B101010)
	fmt.Println(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_777)
	fmt.Println(3.14, .5, 1., 1e3, 1E-3, 6.022e23, 1_000.000_1)
	fmt.Println(0x1p-2, 0x1.8p1, 0X.8p0, 0x1p10)
	fmt.Println('a', '\000', '\x7f', '\u12e4', '\U00101234')
	fmt.Println(0, 00, 0.0, 0e0)
	const big = 0xFFFFFFFFFFFFFFFF
	var u uint64 = big
	fmt.Println(u)
	var f float32 = 1e38
	fmt.Println(f * 10)
	x := 017
	y := 0o17
	fmt.Println(x == y, x)
	fmt.Println(len("literal"), len(`raw`), "con"+"cat")
}
