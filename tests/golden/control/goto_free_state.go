package main

import (
	"fmt"
	"strings"
)

func tokenize(s string) []string {
	var tokens []string
	var cur strings.Builder
	inQuote := false
	flush := func() {
		if cur.Len() > 0 {
			tokens = append(tokens, cur.String())
			cur.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			if inQuote {
				tokens = append(tokens, cur.String())
				cur.Reset()
			}
			inQuote = !inQuote
		case inQuote:
			cur.WriteByte(c)
		case c == ' ' || c == '\t':
			flush()
		case strings.IndexByte("()=+", c) >= 0:
			flush()
			tokens = append(tokens, string(c))
		default:
			cur.WriteByte(c)
		}
	}
	flush()
	return tokens
}

func main() {
	for _, line := range []string{
		`x = f(a + b)`,
		`say "hello world" twice`,
		`  spaced   out  `,
		`"" empty`,
	} {
		toks := tokenize(line)
		fmt.Printf("%d %q\n", len(toks), toks)
	}
}
