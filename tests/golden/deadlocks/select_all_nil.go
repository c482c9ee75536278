package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("selecting on nil channels")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
	}
}
