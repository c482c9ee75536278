package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "a\xffb\xe4\xb8c世\xed\xa0\x80"
	for i, r := range s {
		fmt.Printf("%d:%U(%q) ", i, r, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("世界"))
	b := []byte(s)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		fmt.Print(r, "/", size, " ")
		b = b[size:]
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString("x世")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.RuneLen('€'), utf8.RuneLen(-1), utf8.RuneLen(0x10FFFF+1))
	fmt.Println(utf8.AppendRune(nil, 'é'), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0xb8))
	fmt.Println(utf8.ValidRune(0xD800), utf8.ValidRune('a'))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs) == s)
	fmt.Printf("%q\n", string(rs))
	fmt.Printf("%q %+q %x % x\n", "\xff", "世", "\xff世", "hi")
	fmt.Println(string(rune(-1)), string(rune(0xD800)) == "\uFFFD")
}
