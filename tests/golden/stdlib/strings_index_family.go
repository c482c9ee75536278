package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen, chick"
	fmt.Println(strings.Index(s, "chi"), strings.LastIndex(s, "chi"), strings.Index(s, "duck"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.LastIndexByte(s, 'k'))
	fmt.Println(strings.IndexRune("añob", 'o'), strings.IndexRune("abc", 'z'))
	fmt.Println(strings.IndexAny(s, "xyzn"), strings.LastIndexAny(s, "ce"))
	fmt.Println(strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.LastIndexFunc("abc123def", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Contains(s, "kit"), strings.ContainsRune(s, ','), strings.ContainsAny(s, "!?"))
	fmt.Println(strings.Count(s, "ch"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "chick"), strings.HasPrefix(s, ""))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "gOPHER"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
