package main

import "fmt"

type Val struct{ n int }

func (v Val) Show()     { fmt.Println("value receiver sees", v.n) }
func (v *Val) ShowPtr() { fmt.Println("pointer receiver sees", v.n) }

func compute(tag string, n int) int {
	fmt.Println("evaluating", tag)
	return n
}

func main() {
	x := 1
	defer fmt.Println("deferred x (evaluated at defer):", x)
	defer func() { fmt.Println("closure x (evaluated at exit):", x) }()
	defer func(v int) { fmt.Println("param x:", v) }(x)
	x = 2
	defer fmt.Println("second deferred x:", x)
	x = 3
	defer fmt.Println("computed:", compute("arg", 10))
	v := Val{1}
	defer v.Show()
	defer v.ShowPtr()
	v.n = 99
	s := []int{1, 2}
	defer fmt.Println("slice at defer:", s)
	s[0] = 100
	fmt.Println("body done")
}
