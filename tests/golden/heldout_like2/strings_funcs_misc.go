package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	f := strings.FieldsFunc("a1b22c333;d,,e", func(r rune) bool { return unicode.IsDigit(r) || r == ';' || r == ',' })
	fmt.Printf("%q\n", f)
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n here  "))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "drop the spaces"))
	fmt.Println(strings.Title("hello go world"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	fmt.Println(strings.ToTitle("loud"), strings.ToUpper("ß straße"), strings.ToLower("ÀÉÎ"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "nl"), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.HasPrefix("golang", "go"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
}
