package main

import "fmt"

func consume(in chan<- string) {
	msg := <-in // ERROR "invalid operation: cannot receive from send-only channel in"
	fmt.Println(msg)
}

func main() {
	consume(make(chan string))
}
