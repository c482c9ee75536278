package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.UintSize, bits.LeadingZeros64(1), bits.LeadingZeros32(1), bits.LeadingZeros16(1), bits.LeadingZeros8(1), bits.LeadingZeros(0))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros64(0), bits.TrailingZeros32(0), bits.TrailingZeros16(0x100), bits.TrailingZeros8(0))
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.OnesCount32(0xFFFFFFFF), bits.OnesCount16(0xF0F0), bits.OnesCount8(7))
	fmt.Println(bits.Len(8), bits.Len64(0), bits.Len32(1<<31), bits.Len16(0xFF), bits.Len8(1))
	fmt.Println(bits.Reverse8(1), bits.Reverse16(1), bits.Reverse32(1), bits.Reverse64(1), bits.Reverse(3))
	fmt.Println(bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708), bits.ReverseBytes(1))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(1, -1), bits.RotateLeft64(3, 63), bits.RotateLeft(1, 70))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(0xFFFFFFFF, 0xFFFFFFFF)
	fmt.Println(h32, l32)
	s, c := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, c)
	s32, c32 := bits.Add32(0xFFFFFFFF, 1, 0)
	fmt.Println(s32, c32)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d32, b32 := bits.Sub32(5, 3, 1)
	fmt.Println(d32, b32)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r, bits.Rem64(5, 7, 3))
	q32, r32 := bits.Div32(1, 5, 7)
	fmt.Println(q32, r32, bits.Rem32(9, 9, 4))
}
