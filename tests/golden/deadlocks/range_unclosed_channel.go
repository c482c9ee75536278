package main

import "fmt"

func produce(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	// forgot close(ch)
}

func main() {
	ch := make(chan int)
	go produce(ch, 4)
	sum := 0
	for v := range ch {
		sum += v
		fmt.Println("got", v, "sum", sum)
	}
	fmt.Println("never printed")
}
