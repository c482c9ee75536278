package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)

	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	u8 = 200
	u8 += 100
	fmt.Println("uint8 200+100 =", u8)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16 =", i16)
	var u16 uint16 = 300
	u16 *= 300
	fmt.Println("uint16 300*300 =", u16)

	var i32 int32 = 2147483647
	i32 *= 2
	fmt.Println("int32 max*2 =", i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println("uint32 =", u32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 =", i64)
	var u64 uint64 = 0
	u64 -= 1
	fmt.Println("uint64 =", u64)

	var n int8 = -128
	fmt.Println("-(-128) =", -n)
	var m int32 = -2147483648
	fmt.Println(m/-1, m%-1)

	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv1a(hello) =", h)
}
