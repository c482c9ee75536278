package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint{0, 1, 2, 7, 8, 255, 1 << 40} {
		fmt.Println(x, bits.OnesCount(x), bits.LeadingZeros(x), bits.TrailingZeros(x), bits.Len(x))
	}
	fmt.Println(bits.OnesCount8(0xF0), bits.OnesCount16(0xFFFF), bits.OnesCount32(0x11111111), bits.OnesCount64(1<<63|1))
	fmt.Println(bits.LeadingZeros8(1), bits.LeadingZeros16(1), bits.LeadingZeros32(1), bits.LeadingZeros64(1))
	fmt.Println(bits.TrailingZeros8(0), bits.TrailingZeros16(0x100), bits.TrailingZeros64(0))
	fmt.Printf("%08b %08b\n", bits.Reverse8(0b00010110), bits.RotateLeft8(0b10000001, 1))
	fmt.Printf("%#x %#x\n", bits.ReverseBytes32(0x12345678), bits.ReverseBytes16(0xABCD))
	fmt.Printf("%#x %#x\n", bits.RotateLeft32(0x80000001, 4), bits.RotateLeft64(1, -1))
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.Len8(5), bits.Len16(300), bits.Len32(1<<31), bits.Len64(0), bits.UintSize)
}
