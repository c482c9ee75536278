package main

import (
	"errors"
	"fmt"
	"io"
)

type Celsius float64

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscan("alice 30 1.75", &name, &age, &height)
	fmt.Println(n, err, name, age, height)

	n, err = fmt.Sscan("bob\n41\n", &name, &age)
	fmt.Println(n, err, name, age)

	var a, b int
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("7 8 9", &a, &b)
	fmt.Println(n, err)

	var x, y int
	var op string
	n, err = fmt.Sscanf("12 + 30", "%d %s %d", &x, &op, &y)
	fmt.Println(n, err, x, op, y)
	n, err = fmt.Sscanf("point(3,4)", "point(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)
	var h, m, s int
	n, err = fmt.Sscanf("12:05:09", "%d:%d:%d", &h, &m, &s)
	fmt.Printf("%d %v %02d-%02d-%02d\n", n, err, h, m, s)
	var hex, oct, bin int
	n, err = fmt.Sscanf("ff 17 101", "%x %o %b", &hex, &oct, &bin)
	fmt.Println(n, err, hex, oct, bin)
	var v1, v2, v3 int
	n, err = fmt.Sscan("0x1f 0b11 -0o17", &v1, &v2, &v3)
	fmt.Println(n, err, v1, v2, v3)
	var ok bool
	var c rune
	var t Celsius
	n, err = fmt.Sscanf("true X 36.6", "%t %c %g", &ok, &c, &t)
	fmt.Println(n, err, ok, string(c), t)
	var u8 uint8
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err)
	var small int8
	n, err = fmt.Sscan("99999999999999999999", &small)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &age)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &age)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = fmt.Sscanf("10 20", "%d-%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2 3", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1", a)
	fmt.Println(n, err)
	var w1, w2 string
	n, err = fmt.Sscanf("abcdef", "%3s%s", &w1, &w2)
	fmt.Println(n, err, w1, w2)
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)
	var f32 float32
	n, err = fmt.Sscan("1e3 2.5e-1", &f32, &height)
	fmt.Println(n, err, f32, height)
}
