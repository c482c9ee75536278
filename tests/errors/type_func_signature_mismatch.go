package main

import "fmt"

func apply(xs []int, f func(int) int) {
	for _, x := range xs {
		fmt.Println(f(x))
	}
}

func main() {
	apply([]int{1, 2}, func(x int) string { return fmt.Sprint(x) }) // ERROR "cannot use func\(x int\) string \{…\} \(value of type func\(x"
}
