package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('🙂'), utf8.RuneLen(-1))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xffabc")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune([]byte("x"), 'ü'))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xc0b"), utf8.Valid([]byte{0xe4, 0xb8}))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRuneInString("世"))
	fmt.Println(utf8.RuneStart(0xe4), utf8.RuneStart(0xb8), utf8.ValidRune(0xD800), utf8.ValidRune('a'))
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if w > 1 {
			fmt.Printf("%d:%c(%d) ", i, r, w)
		}
		i += w
	}
	fmt.Println()
	b := []byte("héllo")
	for len(b) > 0 {
		r, w := utf8.DecodeLastRune(b)
		fmt.Print(string(r))
		b = b[:len(b)-w]
	}
	fmt.Println()
}
