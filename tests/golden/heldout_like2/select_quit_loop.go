package main

import "fmt"

func fib(c chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	done := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		close(quit)
	}()
	go func() {
		fib(c, quit)
		done <- true
	}()
	<-done
	ch := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case ch <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
			fmt.Println("drained", <-ch)
		}
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
