package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '!', 'é', 'Ω', '世', '٣', '_', '\n', '€'}
	fmt.Println("r  L U l D N S P Sym C")
	for _, r := range runes {
		fmt.Printf("%q %v %v %v %v %v %v %v %v %v\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsDigit(r)),
			b(unicode.IsNumber(r)), b(unicode.IsSpace(r)), b(unicode.IsPunct(r)), b(unicode.IsSymbol(r)),
			b(unicode.IsControl(r)))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToUpper('é')), string(unicode.ToLower('Ω')),
		string(unicode.ToTitle('a')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('Ж', unicode.Cyrillic))
	fmt.Println(unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'), unicode.MaxRune, string(unicode.ReplacementChar))
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
