package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	inputs := []string{"12", "x", "-5"}
	for _, in := range inputs {
		if v, err := strconv.Atoi(in); err != nil {
			fmt.Println("bad input:", in)
		} else if v < 0 {
			fmt.Println("negative:", v)
		} else {
			fmt.Println("ok:", v*2)
		}
	}
	a, b := 3, 5
	if a > b || b-a == 2 && a != 0 {
		fmt.Println("condition true")
	}
	if !(a > b) {
		fmt.Println("not greater")
	}
	calls := 0
	check := func(v bool) bool { calls++; return v }
	if check(false) && check(true) {
		fmt.Println("unreachable")
	}
	if check(true) || check(false) {
		fmt.Println("short circuit, calls =", calls)
	}
}
