package main

import (
	"fmt"
	"time"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		v := <-a
		b <- v + 1
	}()
	go func() {
		v := <-b
		a <- v + 1
	}()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("both goroutines wait on each other")
	done := make(chan struct{})
	<-done
}
