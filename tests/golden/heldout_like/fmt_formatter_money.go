package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Cur, m.Cents/100, m.Cents%100)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		s := fmt.Sprint(m.Cents)
		if p, ok := f.Precision(); ok && p < len(s) {
			s = s[:p]
		}
		if w, ok := f.Width(); ok && w > len(s) {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('0') {
				pad = strings.Repeat("0", w-len(s))
			}
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		if f.Flag('#') {
			s = "#" + s
		}
		if f.Flag(' ') {
			s = "_" + s
		}
		f.Write([]byte("[" + s + "]"))
	default:
		f.Write([]byte("?" + string(verb)))
	}
}

type Point struct{ X, Y int }

func (p *Point) Format(s fmt.State, c rune) {
	if p == nil {
		s.Write([]byte("nilpoint"))
		return
	}
	s.Write([]byte(strings.Repeat("*", p.X)))
}

type Bad struct{}

func (Bad) Format(s fmt.State, c rune) { panic("oops") }

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%s|%x\n", m, m, m, m)
	fmt.Printf("%-8.3d|%05d|%#d|% d\n", m, m, m, m)
	fmt.Println([]Money{{1, "a"}, {250, "b"}})
	fmt.Printf("%v %v\n", &Point{3, 0}, (*Point)(nil))
	fmt.Println(Point{2, 0})
	s := fmt.Sprintf("%v", Bad{})
	fmt.Println(s)
	fmt.Printf("%T %p\n", m, nil)
	fmt.Println(struct{ M Money }{m})
}
