package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', 'é', 'ж', 'Ω', '世', 'ア', 'あ', '한', 'ا', 'א', '5', '٣', ' ', '\u2028', '_', '\U0001F600', -1, 0x10FFFF}
	tables := []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic}, {"Han", unicode.Han},
		{"Katakana", unicode.Katakana}, {"Hiragana", unicode.Hiragana}, {"Hangul", unicode.Hangul},
		{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"L", unicode.L}, {"Lu", unicode.Lu},
		{"Nd", unicode.Nd}, {"Zs", unicode.Zs}, {"Zl", unicode.Zl}, {"Pc", unicode.Pc}, {"So", unicode.So},
		{"White_Space", unicode.White_Space}, {"Dash", unicode.Dash}, {"Common", unicode.Common},
	}
	for _, tb := range tables {
		fmt.Print(tb.name, ":")
		for _, r := range runes {
			if unicode.Is(tb.t, r) {
				fmt.Print(" ", string(r))
			}
		}
		fmt.Println()
	}
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('x'), unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Digit}, '7'))
	custom := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}, R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}}}
	fmt.Println(unicode.Is(custom, 'a'), unicode.Is(custom, 'b'), unicode.Is(custom, 'y'), unicode.Is(custom, 0x10004), unicode.Is(custom, 0x10005))
	fmt.Println(len(unicode.Latin.R16), len(unicode.Han.R32), unicode.Latin.LatinOffset)
}
