package main

import "fmt"

func firstEven(xs []int) int {
	for {
		if len(xs) == 0 {
			break
		}
		return xs[0]
	}
} // ERROR "missing return"

func main() {
	fmt.Println(firstEven([]int{2}))
}
