package main

import (
	"errors"
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

// Format implements fmt.Formatter: %v and %s print "12.34 EUR", %d the cents, %+v adds the sign,
// a width pads the amount.
func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'd':
		fmt.Fprintf(f, "%d", m.Cents)
	case 'v', 's':
		sign := ""
		if f.Flag('+') && m.Cents >= 0 {
			sign = "+"
		}
		amount := fmt.Sprintf("%s%d.%02d", sign, m.Cents/100, m.Cents%100)
		if w, ok := f.Width(); ok && len(amount) < w {
			amount = strings.Repeat(" ", w-len(amount)) + amount
		}
		f.Write([]byte(amount + " " + m.Currency))
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Hex []byte

func (h *Hex) Format(f fmt.State, c rune) {
	p, hasPrec := f.Precision()
	fmt.Fprintf(f, "hex[%x] prec=%d,%v sharp=%v minus=%v", []byte(*h), p, hasPrec, f.Flag('#'), f.Flag('-'))
}

type Bad struct{}

func (Bad) Format(f fmt.State, c rune) { panic("format exploded") }

type Both int

func (b Both) String() string                { return "string" }
func (b Both) Format(f fmt.State, verb rune) { fmt.Fprint(f, "format:", int(b)) }

func main() {
	m := Money{1234, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%d|%+v|%10v|%x\n", m, m, m, m, m)
	s := fmt.Sprintf("[%s]", Money{-5, "USD"})
	fmt.Println(s)
	h := Hex{0xde, 0xad}
	fmt.Printf("%#.3v\n", &h)
	fmt.Printf("%-v\n", &h)
	fmt.Println(h)
	fmt.Printf("%v\n", Bad{})
	fmt.Println(Both(3), []Both{1, 2})
	err := fmt.Errorf("pay %v: %w", m, errors.New("declined"))
	fmt.Println(err)
	fmt.Printf("%v %s\n", []Money{{100, "GBP"}}, map[string]Money{"a": {1, "X"}})
}
