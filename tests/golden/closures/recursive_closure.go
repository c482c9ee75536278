package main

import "fmt"

func main() {
	var fib func(n int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	fmt.Println(fib(50), len(memo))

	var walk func(depth int, prefix string)
	walk = func(depth int, prefix string) {
		if depth == 0 {
			fmt.Println(prefix)
			return
		}
		walk(depth-1, prefix+"L")
		walk(depth-1, prefix+"R")
	}
	walk(2, "")

	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	fmt.Println(even(10), odd(7), even(3))
}
