package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		v := <-a
		b <- v
	}()
	go func() {
		v := <-b
		a <- v
	}()
	fmt.Println("two goroutines waiting on each other, main waits too")
	select {}
}
