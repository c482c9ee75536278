package main

import "fmt"

var (
	total = sum(a, b)
	a     = value("a", 10)
	b     = value("b", c*2)
	c     = value("c", 3)
)

var order []string

func value(name string, v int) int {
	order = append(order, name)
	fmt.Println("init var", name, "=", v)
	return v
}

func sum(x, y int) int {
	fmt.Println("init total from", x, y)
	return x + y
}

func init() {
	fmt.Println("init() #1: total =", total)
	order = append(order, "init1")
}

func init() {
	fmt.Println("init() #2")
	order = append(order, "init2")
}

func main() {
	fmt.Println("main:", order, total)
}
