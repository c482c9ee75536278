package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(int8(math.MinInt8), int16(math.MinInt16), int32(math.MinInt32), int64(math.MinInt64))
	fmt.Println(uint8(math.MaxUint8), uint16(math.MaxUint16), uint32(math.MaxUint32), uint64(math.MaxUint64))
	fmt.Printf("%x %X %o %b\n", uint64(math.MaxUint64), int64(math.MinInt64), int8(-1), uint8(200))
	fmt.Printf("%d %v %c %q\n", byte('A'), byte('A'), byte('A'), byte('A'))
	fmt.Printf("%d %v %c %q %U\n", 'é', 'é', 'é', 'é', 'é')
	fmt.Printf("%08.3d|%+08d|%-+8d|\n", 42, 42, 42)
	fmt.Printf("%#X %#o %#b\n", 3054, 8, 5)
	fmt.Printf("% x % X\n", 0xdeadbeef, []byte{1, 171})
	var u uintptr = 4096
	fmt.Println(u)
	fmt.Printf("%T %T %T %T\n", 'a', byte(1), u, 1<<40)
	fmt.Printf("%5.1q|%q|%q\n", 'x', 0x1F600, -1)
}
