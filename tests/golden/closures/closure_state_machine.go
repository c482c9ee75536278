package main

import (
	"fmt"
	"strings"
)

type stateFn func(r rune) stateFn

func main() {
	var words []string
	var cur strings.Builder
	var inWord, inSpace stateFn
	inSpace = func(r rune) stateFn {
		if r == ' ' {
			return inSpace
		}
		cur.WriteRune(r)
		return inWord
	}
	inWord = func(r rune) stateFn {
		if r == ' ' {
			words = append(words, cur.String())
			cur.Reset()
			return inSpace
		}
		cur.WriteRune(r)
		return inWord
	}
	state := inSpace
	for _, r := range "  the quick  brown fox " {
		state = state(r)
	}
	if cur.Len() > 0 {
		words = append(words, cur.String())
	}
	fmt.Println(len(words), strings.Join(words, "|"))
}
