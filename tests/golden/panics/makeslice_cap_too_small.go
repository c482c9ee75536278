package main

import "fmt"

func alloc(n, c int) []int { return make([]int, n, c) }

func main() {
	s := alloc(2, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, 1, 2, 3)
	fmt.Println(len(s), cap(s), s)
	n := 10
	t := alloc(n, n/2)
	fmt.Println(len(t))
}
