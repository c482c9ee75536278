package main

import "fmt"

func main() {
	var in <-chan int = make(chan int)
	select {
	case in <- 1: // ERROR "invalid operation: cannot send to receive-only channel in"
		fmt.Println("sent")
	default:
		fmt.Println("skip")
	}
}
