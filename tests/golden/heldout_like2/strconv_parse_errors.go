package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "abc", "", "99999999999999999999", " 5", "0x1f", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1f", 0, 64}, {"0b101", 0, 8}, {"300", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 2, 64}, {"0o17", 0, 64}, {"1_000", 0, 64}} {
		v, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(v, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "0x1p-2", ".5", "abc", "1.5.2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	_, err = strconv.Atoi("nope")
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("9999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
}
