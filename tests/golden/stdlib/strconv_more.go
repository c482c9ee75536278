package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	b := make([]byte, 0, 4)
	b = append(b, "n="...)
	b = strconv.AppendInt(b, -42, 10)
	b = strconv.AppendUint(b, 255, 16)
	b = strconv.AppendBool(b, true)
	b = strconv.AppendFloat(b, 3.25, 'g', -1, 64)
	b = strconv.AppendQuote(b, "hi\n")
	b = strconv.AppendQuoteRune(b, '☺')
	b = strconv.AppendQuoteToASCII(b, "é")
	b = strconv.AppendQuoteRuneToASCII(b, 'é')
	fmt.Println(string(b), len(b), cap(b))
	fmt.Println(strconv.QuoteToGraphic("a\u00a0b\tc"), strconv.QuoteRuneToGraphic('\u2000'), strconv.QuoteRuneToASCII('\U0001F600'))
	fmt.Println(strconv.IsGraphic('\u00a0'), strconv.IsPrint('\u00a0'), strconv.IsPrint('\u0378'), strconv.IsPrint('世'), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	for _, s := range []string{`"hello\tworld"`, "`raw\\n`", `'x'`, `'\u263a'`, `"\x41\101\u00e9"`, `"bad`, `'ab'`, `"a"b`, `"\q"`, `""`, `'\''`, `"\'"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	p, err := strconv.QuotedPrefix(`"abc"def`)
	fmt.Println(p, err)
	_, err = strconv.QuotedPrefix(`abc`)
	fmt.Println(err)
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
}
