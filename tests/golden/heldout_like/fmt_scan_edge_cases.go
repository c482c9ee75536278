package main

import (
	"fmt"
)

type Celsius float64

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	var u uint8
	var c Celsius
	var r rune
	var bs []byte
	n, err := fmt.Sscanf("12 34 go", "%d %d %s", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscan("5 6", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("  7\n\n 8.5 true hello 255 -3.25", &a, &f, &ok, &s, &u, &c)
	fmt.Println(n, err, a, f, ok, s, u, c)
	n, err = fmt.Sscan("1 2", &a, &b, &s)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("0x1F 0b101 017", &a, &b, &r)
	fmt.Println(n, err, a, b, r)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("2024-03-15", "%d-%d-%d", &a, &b, &r)
	fmt.Println(n, err, a, b, r)
	n, err = fmt.Sscanf("name=bob age=42", "name=%s age=%d", &s, &a)
	fmt.Println(n, err, s, a)
	n, err = fmt.Sscanf("x:5", "y:%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ab", "%c%c", &r, &a)
	fmt.Println(n, err, r, a)
	n, err = fmt.Sscanf("12345", "%2d%3d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("3.5e2 ff", "%g %x", &f, &a)
	fmt.Println(n, err, f, a)
	n, err = fmt.Sscan("bytes", &bs)
	fmt.Println(n, err, bs, string(bs))
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &ok)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("50%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("1.5x", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("1\n2", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7", "%s", &a)
	fmt.Println(n, err)
}
