package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("Hello, 世界\n\t\"quoted\"\x01"))
	fmt.Println(strconv.QuoteToASCII("Hello, 世界"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"unterminated`, `noquotes`, `"\u00e9"`, `"bad \q"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(r), mb, tail, err)
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\x07'))
	fmt.Println(strconv.CanBackquote("simple"), strconv.CanBackquote("has`tick"))
	fmt.Println(string(strconv.AppendQuoteRune(nil, 'q')))
}
