package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "héllo, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), len([]rune(s)))
	for i, r := range s {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	for i := 0; i < 6; i++ {
		fmt.Printf("%d=%x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(reverse(s))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), b, string(rune(65)), string(rune(0x4e16)))
	bad := string([]byte{0xff, 'a', 0xc3})
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(utf8.ValidString(bad), utf8.ValidString(s))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString("世界")
	fmt.Println(string(r), size)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	upper, letters, digits, spaces := 0, 0, 0, 0
	for _, r := range "Hello World 123 ÄÖÜ" {
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		}
	}
	fmt.Println(upper, letters, digits, spaces)
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), unicode.IsPunct('!'))
	var rs []rune
	for _, r := range "go" {
		rs = append(rs, r)
	}
	fmt.Println(rs, string(rs), []byte("é"))
}
