package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
	for done := false; !done; {
		select {
		case v := <-data:
			sum += v
			fmt.Println("received", v)
		case <-quit:
			done = true
		}
	}
	fmt.Println("sum", sum)
	ready := make(chan int, 1)
	for i := 0; i < 3; i++ {
		select {
		case ready <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	fmt.Println(<-ready)
}
