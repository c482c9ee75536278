package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0xff", 0, 64}, {"0b1011", 0, 8}, {"0o17", 0, 16}, {"017", 0, 32}, {"1_000", 0, 64},
		{"-128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"777", 8, 64}, {"9223372036854775807", 10, 64}}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("%-22s base %2d bits %2d -> %d %v\n", c.s, c.base, c.bits, v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"1", "t", "TRUE", "False", "0", "f"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, err, " ")
	}
	fmt.Println()
}
