package main

import "fmt"

func main() {
	ch := make(chan string, 1)
	ch <- "hi"
	select {
	case msg := <-ch: // ERROR "msg declared but not used"
		fmt.Println("received")
	default:
		fmt.Println("empty")
	}
}
