package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 _\t!é世ⅣΣ٣\u00a0" {
		fmt.Printf("%q L%v U%v l%v D%v N%v S%v P%v G%v C%v\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)),
			b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)),
			b(unicode.IsPunct(r)), b(unicode.IsGraphic(r)), b(unicode.IsControl(r)))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('a')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('Σ', unicode.Greek, unicode.Cyrillic))
	fmt.Println(unicode.IsSymbol('+'), unicode.IsSymbol('€'), unicode.IsMark('\u0301'), unicode.IsPrint('\u00a0'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')))
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
