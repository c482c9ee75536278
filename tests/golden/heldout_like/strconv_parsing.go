package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "0x1F", "abc", "99999999999999999999", "", " 5", "+8"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"ff", "0xff", "777", "-80", "80", "zz"} {
		n, err := strconv.ParseInt(s, 16, 8)
		fmt.Printf("ParseInt(%q,16,8) = %d, %v\n", s, n, err)
	}
	n, err := strconv.ParseInt("0b1011", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "NaN", "1.5x", "1e400"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.Itoa(-123), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64),
		strconv.FormatFloat(0.000012, 'g', -1, 64), strconv.FormatFloat(100, 'f', -1, 32))
	fmt.Println(strconv.Quote("héllo\n\"x\""), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = strconv.AppendBool(buf, true)
	fmt.Println(string(buf))
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func)
	}
	_, err = strconv.Atoi("12a")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
}
