package main

import "fmt"

func computeTotal(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	fmt.Println(ComputeTotal([]int{1, 2})) // ERROR "undefined: ComputeTotal"
}
