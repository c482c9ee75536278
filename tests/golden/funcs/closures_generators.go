package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func iterate(xs []string) func() (string, bool) {
	i := 0
	return func() (string, bool) {
		if i >= len(xs) {
			return "", false
		}
		i++
		return xs[i-1], true
	}
}

func once(f func() int) func() int {
	done := false
	var v int
	return func() int {
		if !done {
			v = f()
			done = true
		}
		return v
	}
}

func main() {
	next := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()
	it := iterate([]string{"x", "y", "z"})
	for s, ok := it(); ok; s, ok = it() {
		fmt.Print(s)
	}
	fmt.Println()
	calls := 0
	expensive := once(func() int { calls++; return 42 })
	fmt.Println(expensive(), expensive(), expensive(), "calls:", calls)
	makeMultipliers := func(ns ...int) []func(int) int {
		out := make([]func(int) int, 0, len(ns))
		for _, n := range ns {
			n := n
			out = append(out, func(x int) int { return x * n })
		}
		return out
	}
	for _, m := range makeMultipliers(2, 3, 10) {
		fmt.Print(m(7), " ")
	}
	fmt.Println()
}
