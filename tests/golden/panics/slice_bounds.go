package main

import "fmt"

func window(xs []int, from, to int) []int {
	return xs[from:to]
}

func main() {
	xs := make([]int, 3, 3)
	for i := range xs {
		xs[i] = i + 1
	}
	fmt.Println(window(xs, 0, 3))
	fmt.Println(window(xs, 1, 2))
	fmt.Println(window(xs, 0, 5))
}
