package main

import "fmt"

func avg(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3, 4}))
	f := 1.0
	z := 0.0
	fmt.Println(f/z, -f/z)
	fmt.Println(avg(nil))
}
