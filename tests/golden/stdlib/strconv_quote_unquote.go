package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"plain", "tab\t", "new\nline", `back\slash`, "quote\"", "日本", "\x00\x7f", "é"}
	for _, s := range strs {
		q := strconv.Quote(s)
		a := strconv.QuoteToASCII(s)
		u, err := strconv.Unquote(q)
		fmt.Println(q, a, u == s, err)
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''))
	for _, in := range []string{"`raw\\n`", "'x'", `"bad`, `"\u00e9"`, "noquotes", `'ab'`} {
		out, err := strconv.Unquote(in)
		fmt.Printf("%s -> %q %v\n", in, out, err)
	}
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"))
}
