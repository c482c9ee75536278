package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

type Token struct {
	Kind TokenKind
	Val  string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case c == '(':
			toks = append(toks, Token{LPAREN, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")"})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/':
			toks = append(toks, Token{OP, string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

var errDivZero = errors.New("division by zero")

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || (t.Val != "+" && t.Val != "-") {
			break
		}
		p.pos++
		var r float64
		r, err = p.term()
		if t.Val == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil {
		t := p.peek()
		if t == nil || t.Kind != OP || (t.Val != "*" && t.Val != "/") {
			break
		}
		p.pos++
		var r float64
		r, err = p.factor()
		if t.Val == "*" {
			v *= r
		} else if r == 0 {
			return 0, errDivZero
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errors.New("unexpected end")
	}
	p.pos++
	switch t.Kind {
	case NUM:
		return strconv.ParseFloat(t.Val, 64)
	case LPAREN:
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if n := p.peek(); n == nil || n.Kind != RPAREN {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, nil
	case OP:
		if t.Val == "-" {
			v, err := p.factor()
			return -v, err
		}
	}
	return 0, fmt.Errorf("unexpected token %+v", *t)
}

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos != len(toks) {
		err = fmt.Errorf("trailing tokens at %d", p.pos)
	}
	return v, err
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2.5 * 4) + 1", "1 / 0", "2 * (3 + ", "4 $ 4", "1.2.3", "3 4", "*"} {
		v, err := eval(e)
		if err != nil {
			fmt.Printf("%-16q error: %v\n", e, err)
			continue
		}
		fmt.Printf("%-16q = %g\n", e, v)
	}
}
