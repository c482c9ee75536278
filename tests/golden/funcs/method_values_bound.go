package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }
func (c Counter) Label(p string) string {
	return p + c.name
}

func twice(f func(int) int, x int) int { return f(f(x)) }

func main() {
	add := func(x int) int { return x + 100 }
	// func values of declared functions
	var f2 func(func(int) int, int) int = twice
	fmt.Println(f2(add, 1), f2 != nil)
	var nilf func()
	fmt.Println(nilf == nil)

	// method values bind a copy of the receiver; pointer receivers bind the pointer
	c := Counter{n: 1, name: "c"}
	getv := c.Get
	incp := c.Inc
	incp()
	incp()
	fmt.Println(c.n, getv(), c.Get())
	label := c.Label
	c.name = "changed"
	fmt.Println(label("L:"), c.Label("L:"))

	// method expressions
	fget := Counter.Get
	finc := (*Counter).Inc
	fget2 := (*Counter).Get
	fmt.Println(fget(c), finc(&c), fget2(&c))

	// imported functions as values
	up := strings.ToUpper
	fmt.Println(up("hello"), apply([]string{"x", "y"}, strings.Repeat))
}

func apply(in []string, f func(string, int) string) []string {
	var out []string
	for i, s := range in {
		out = append(out, f(s, i+2))
	}
	return out
}
