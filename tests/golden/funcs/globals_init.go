package main

import (
	"fmt"
	"strings"
)

var (
	total   = compute()
	double  = func(x int) int { return x * 2 }
	table   = map[string]func(string) string{"up": strings.ToUpper, "rep": func(s string) string { return s + s }}
	counter = makeCounter()
	base    = 10
	derived = base * 3
	ptr     = &[]int{1, 2, 3}
	mptr    = &map[string]int{"a": 1}
)

func compute() int {
	fmt.Println("compute runs with derived =", derived)
	return derived + 1
}

func makeCounter() func() int {
	n := base
	return func() int {
		n++
		return n
	}
}

func init() {
	fmt.Println("init: total =", total, "double(4) =", double(4))
	(*ptr)[0] = 100
	(*mptr)["b"] = 2
}

func main() {
	fmt.Println(table["up"]("go"), table["rep"]("ab"))
	fmt.Println(counter(), counter(), counter())
	fmt.Println(*ptr, len(*mptr), (*mptr)["b"])
	for i := range *ptr {
		(*ptr)[i]++
	}
	fmt.Println(*ptr)
}
