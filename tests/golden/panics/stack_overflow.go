package main

import "fmt"

// Runaway recursion ends with Go's fatal stack overflow, exit status 2.
func depth(n int) int {
	return depth(n+1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(depth(0))
}
