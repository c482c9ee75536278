package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(1, 2, 3)

func f(name string) int {
	fmt.Println("init", name)
	d++
	return d
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	fmt.Println("sum computed")
	return s
}

func init() {
	fmt.Println("first init: a =", a, "b =", b, "c =", c)
}

func init() {
	fmt.Println("second init: total =", total)
	total *= 2
}

var registry = map[string]int{}

func init() {
	registry["x"] = 1
	registry["y"] = 2
}

func main() {
	fmt.Println("main:", a, b, c, d, total)
	fmt.Println(registry)
}
