package main

import (
	"fmt"
	"runtime"
)

func sender(c chan int) {
	c <- 1
	fmt.Println("unreachable")
}

func main() {
	c := make(chan int)
	go sender(c)
	runtime.Gosched()
	fmt.Println("closing while a sender waits")
	close(c)
	runtime.Gosched()
	fmt.Println("unreachable too")
}
