package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func collect(in <-chan int) (sum int, count int) {
	for v := range in {
		sum += v
		count++
	}
	return
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go produce(a, 10)
	go square(a, b)
	fmt.Println(collect(b))
	ch := make(chan string, 1)
	var send chan<- string = ch
	var recv <-chan string = ch
	send <- "through directional views"
	fmt.Println(<-recv, len(recv), cap(send))
	fmt.Printf("%T %T %T\n", ch, send, recv)
}
