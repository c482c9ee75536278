package main

import "fmt"

func producer(out <-chan int) {
	out <- 1 // ERROR "invalid operation: cannot send to receive-only channel out"
}

func main() {
	ch := make(chan int, 1)
	producer(ch)
	fmt.Println(<-ch)
}
