package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 \t!é世Ⅻ_\u00a0" {
		fmt.Printf("%q letter=%t digit=%t number=%t space=%t upper=%t lower=%t punct=%t graphic=%t\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsGraphic(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.ToUpper('1'), unicode.IsControl('\n'), unicode.IsPrint('\n'), unicode.IsSymbol('+'))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'x'), unicode.In('ж', unicode.Cyrillic, unicode.Greek))
	fmt.Println(unicode.IsLetter('ß'), string(unicode.ToUpper('ß')), unicode.MaxRune, unicode.ReplacementChar)
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')))
	counts := map[string]int{}
	for _, r := range "Hello, World! 123 — ünïcödé" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLower(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
}
