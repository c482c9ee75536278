package main

import "fmt"

func main() {
	var ch chan int
	defer fmt.Println("deferred print")
	fmt.Println("closing nil channel")
	close(ch)
}
