package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;")
	fmt.Println(r.Replace(`<a href="x">Tom & Jerry</a>`))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("hello", "bye", "world", "there")
	fmt.Println(r3.Replace("hello world, hello again"))
	r4 := strings.NewReplacer("", "-")
	fmt.Println(r4.Replace("abc"))

	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d,", i*i)
	}
	b.WriteByte('|')
	b.WriteRune('é')
	b.WriteString("end")
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Grow(64)
	for _, w := range []string{"x", "yy", "zzz"} {
		b.WriteString(strings.Repeat(w, 2))
		b.WriteByte(' ')
	}
	fmt.Println(strings.TrimSpace(b.String()))
	n, err := b.Write([]byte("!!"))
	fmt.Println(n, err, b.String())
}
