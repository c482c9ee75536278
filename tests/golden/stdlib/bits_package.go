package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint{0, 1, 6, 255, 1 << 40} {
		fmt.Println(x, bits.OnesCount(x), bits.LeadingZeros64(uint64(x)), bits.TrailingZeros(x), bits.Len(x))
	}
	fmt.Println(bits.Reverse8(0b00010110), bits.ReverseBytes32(0x11223344) == 0x44332211)
	fmt.Println(bits.RotateLeft32(1, -1), bits.RotateLeft8(0x81, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize, bits.OnesCount8(0xf0), bits.Len32(1000))
}
