package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil, len(ch), cap(ch))
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
		fmt.Println("default taken")
	}
	ch <- 1
}
