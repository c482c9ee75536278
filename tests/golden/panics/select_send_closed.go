package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	fmt.Println("select send on closed")
	select {
	case c <- 1:
	default:
	}
}
