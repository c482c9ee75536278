package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', 'é', 'Σ', 'ǅ', '世', '٣', 'Ⅻ', '½', '\u00a0', '\u2028', '\u200b', '€', '+', '\u0301', '\U0001F600', 0x10FFFF, -1} {
		fmt.Printf("%U L%v U%v l%v T%v M%v N%v D%v P%v S%v Sp%v C%v G%v Pr%v %U %U %U %U\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r), unicode.IsMark(r),
			unicode.IsNumber(r), unicode.IsDigit(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsSpace(r),
			unicode.IsControl(r), unicode.IsGraphic(r), unicode.IsPrint(r),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.To(unicode.UpperCase, 'ß'), unicode.To(unicode.LowerCase, 'İ'), unicode.To(unicode.TitleCase, 'ǆ'))
	s := "héllo, 世界\xff!"
	fmt.Println(utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("ok"), utf8.Valid([]byte("\xed\xa0\x80")))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Print(r, ":", size, " ")
		i += size
	}
	fmt.Println()
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		fmt.Print(r, ":", size, " ")
		j -= size
	}
	fmt.Println()
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen(0x1F600), utf8.RuneLen(0xD800), utf8.RuneLen(-1))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n, utf8.FullRune(buf[:2]), utf8.FullRune(buf[:3]), utf8.FullRuneInString("\xe4"), utf8.RuneStart(buf[1]))
	p := utf8.AppendRune(nil, 0x1F600)
	p = utf8.AppendRune(p, 'x')
	fmt.Println(p, len(p), cap(p), utf8.RuneCount(p), utf8.ValidRune(0xD800), utf8.ValidRune(0x10FFFF))
	r, size := utf8.DecodeRune([]byte{0xF0, 0x9F})
	fmt.Println(r, size, utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	r, size = utf8.DecodeLastRune([]byte("a\x80"))
	fmt.Println(r, size)
}
