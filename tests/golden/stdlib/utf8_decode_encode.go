package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé世😀"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %q %d %d\n", i, r, size, utf8.RuneLen(r))
		i += size
	}
	r, size := utf8.DecodeLastRuneInString(s)
	fmt.Printf("last %q %d\n", r, size)
	bad := string([]byte{'a', 0xff, 'b', 0xc3})
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	for i, r := range bad {
		fmt.Print(i, ":", r == utf8.RuneError, " ")
	}
	fmt.Println()
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'x', 'ñ', '€', 0x1F600, -1} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Printf("% x\n", buf)
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '界')
	fmt.Println(p[:n], n, utf8.FullRune(p[:2]), utf8.RuneStart(p[1]), utf8.ValidRune(0xD800))
	fmt.Println(utf8.RuneCount([]byte("héllo")), utf8.Valid([]byte{0xe2, 0x82}))
}
