package main

import (
	"fmt"
	"strings"
)

type Transform func(string) string

type Handler func(int) error

func chain(ts ...Transform) Transform {
	return func(s string) string {
		for _, t := range ts {
			s = t(s)
		}
		return s
	}
}

func (t Transform) Twice() Transform {
	return func(s string) string { return t(t(s)) }
}

func exclaim(s string) string { return s + "!" }

type Op struct {
	name string
	fn   func(a, b int) int
}

func main() {
	shout := chain(strings.TrimSpace, strings.ToUpper, exclaim)
	fmt.Println(shout("  hello  "))
	fmt.Println(Transform(exclaim).Twice()("hi"))
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, op := range ops {
		fmt.Println(op.name, op.fn(7, 3))
	}
	table := map[string]func(float64) float64{
		"double": func(x float64) float64 { return x * 2 },
		"half":   func(x float64) float64 { return x / 2 },
	}
	fmt.Println(table["double"](4), table["half"](5))
	var f func()
	fmt.Println(f == nil)
	var h Handler = func(n int) error {
		if n < 0 {
			return fmt.Errorf("negative: %d", n)
		}
		return nil
	}
	fmt.Println(h(1), h(-1))
	fmt.Printf("%T | %T\n", shout, h)
}
