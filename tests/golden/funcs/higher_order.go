package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filterInts(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

func main() {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := mapInts(xs, func(x int) int { return x * x })
	fmt.Println(squares)
	evens := filterInts(squares, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens)
	fmt.Println(reduce(evens, 0, func(a, x int) int { return a + x }))
	fmt.Println(reduce(xs, 1, func(a, x int) int { return a * x }))
	add5 := adder(5)
	double := func(x int) int { return x * 2 }
	fmt.Println(compose(add5, double)(1), compose(double, add5)(1))
	pipeline := []func(int) int{add5, double, adder(-3)}
	v := 10
	for _, f := range pipeline {
		v = f(v)
	}
	fmt.Println(v)
}
