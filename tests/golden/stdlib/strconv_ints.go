package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0)+"!")
	n, err := strconv.Atoi("1234")
	fmt.Println(n, err)
	for _, in := range []string{"+7", "-0", " 5", "12a", "", "9223372036854775807", "9223372036854775808", "0x10"} {
		v, err := strconv.Atoi(in)
		fmt.Printf("Atoi(%q) = %d, %v\n", in, v, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-101", 2, 8}, {"0x1F", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"0b11", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"z", 36, 64}, {"128", 10, 8}, {"-129", 10, 8},
	} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bits, v, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<63, 10), strconv.FormatUint(255, 8))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\"t")
	buf = strconv.AppendBool(append(buf, ' '), true)
	fmt.Println(string(buf))
}
