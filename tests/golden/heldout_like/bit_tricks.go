package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPow2(x int) bool { return x > 0 && x&(x-1) == 0 }

func main() {
	for _, v := range []uint64{0, 1, 7, 8, 255, 1 << 63, 0xdeadbeef} {
		fmt.Printf("%#x pop=%d lib=%d lz=%d tz=%d len=%d\n", v, popcount(v), bits.OnesCount64(v),
			bits.LeadingZeros64(v), bits.TrailingZeros64(v), bits.Len64(v))
	}
	for _, v := range []int{0, 1, 6, 16, 1024, -8} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	var flags uint8
	flags |= 1 << 2
	flags |= 1 << 5
	fmt.Printf("%08b %v\n", flags, flags&(1<<5) != 0)
	flags &^= 1 << 2
	fmt.Printf("%08b\n", flags)
	flags ^= 0xff
	fmt.Printf("%08b %d\n", flags, ^flags)
	x := 0b1011_0110
	fmt.Println(x, x>>2, x<<3, x&0xf, x|0x100, 0o17, 0x_FF)
	a, b := 12, 25
	a ^= b
	b ^= a
	a ^= b
	fmt.Println(a, b)
	fmt.Println(bits.Reverse8(0b00010011), bits.RotateLeft32(1, -1), bits.ReverseBytes16(0x1234) == 0x3412)
	var subsets [][]int
	set := []int{1, 2, 3}
	for mask := 0; mask < 1<<len(set); mask++ {
		var s []int
		for i := range set {
			if mask&(1<<i) != 0 {
				s = append(s, set[i])
			}
		}
		subsets = append(subsets, s)
	}
	fmt.Println(subsets)
	n := int32(-16)
	fmt.Println(n>>2, uint32(n)>>28, n<<1)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println(hi, lo)
}
