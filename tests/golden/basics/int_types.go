package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println("int8", math.MinInt8, math.MaxInt8)
	fmt.Println("int16", math.MinInt16, math.MaxInt16)
	fmt.Println("int32", math.MinInt32, math.MaxInt32)
	fmt.Println("int64", int64(math.MinInt64), int64(math.MaxInt64))
	fmt.Println("uint8", math.MaxUint8)
	fmt.Println("uint16", math.MaxUint16)
	fmt.Println("uint32", uint32(math.MaxUint32))
	fmt.Println("uint64", uint64(math.MaxUint64))

	var i8 int8 = -5
	var i16 int16 = 300
	var i32 int32 = -70000
	var i64 int64 = 1 << 40
	var u8 uint8 = 200
	var u16 uint16 = 60000
	var u32 uint32 = 4000000000
	var u64 uint64 = 1 << 63
	var u uint = 12
	var up uintptr = 4096
	var by byte = 'A'
	var r rune = '世'
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(u8, u16, u32, u64, u, up)
	fmt.Println(by, r)
	fmt.Printf("%T %T %T %T %T %T\n", i8, u16, up, by, r, u)
	fmt.Println(int64(i8)*int64(i32), uint64(u32)*2)
}
