package main

import "fmt"

func upper(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
}

func main() {
	s := "hello, world"
	b := []byte(s)
	upper(b)
	fmt.Println(s)
	fmt.Println(string(b))
	fmt.Println(b[:5])
	b2 := append([]byte("abc"), "def"...)
	fmt.Println(string(b2), len(b2))
	var buf []byte
	for i := 0; i < 5; i++ {
		buf = append(buf, byte('0'+i))
	}
	fmt.Println(string(buf))
	fmt.Printf("%s %x %X % x\n", buf, buf, "hi", []byte("abc"))
	n := copy(buf, "zz")
	fmt.Println(n, string(buf))
	var c byte = 'x'
	c++
	fmt.Println(c, string(c), fmt.Sprintf("%c", c))
	digits := []byte("9081726354")
	sum := 0
	for _, d := range digits {
		sum += int(d - '0')
	}
	fmt.Println("digit sum:", sum)
}
