package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Count(t, "Hello"), strings.Index(t, "Go"), strings.LastIndex(t, "Hello"), strings.IndexByte(t, 'W'))
	fmt.Println(strings.Contains(t, "World"), strings.ContainsAny(t, "xyz!"), strings.ContainsRune(t, 'G'))
	fmt.Println(strings.HasPrefix(t, "Hell"), strings.HasSuffix(t, "Go!"))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), "|", strings.ReplaceAll(t, "l", "L"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n four  "))
	fmt.Println(strings.ToUpper("mixed Case ß"), strings.ToLower("ÀB C"), strings.Title("x"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.IndexFunc("abc1", unicode.IsDigit))
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Compare("a", "b"), strings.Compare("b", "a"))
	fmt.Println(strings.Repeat("ab", 3), strings.Join([]string{"x", "y", "z"}, "-"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href='x'>T&C</a>"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gopher!"))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d;", i*i)
	}
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.IndexAny("golang", "ln"), strings.LastIndexAny("golang", "g"), strings.IndexRune("chicken", 'k'))
}
