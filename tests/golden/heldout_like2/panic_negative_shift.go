package main

import "fmt"

func shift(v int, n int) int {
	return v << n
}

func main() {
	fmt.Println(shift(1, 3))
	fmt.Println(shift(1, 64))
	fmt.Println(shift(1, -2))
}
