package main

import "fmt"

func main() {
	queue := []int{}
	queue <- 5 // ERROR "invalid operation: cannot send to non-channel queue"
	fmt.Println(queue)
}
