package main

import "fmt"

func indexOf(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
} // ERROR "missing return"

func main() {
	fmt.Println(indexOf([]int{1}, 1))
}
