package main

import "fmt"

func emit(out chan<- int, vals ...int) {
	for _, v := range vals {
		out <- v
	}
	close(out)
}

func double(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
	close(out)
}

func collect(in <-chan int) []int {
	var r []int
	for v := range in {
		r = append(r, v)
	}
	return r
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go emit(a, 1, 2, 3, 4)
	go double(a, b)
	fmt.Println(collect(b))
	var send chan<- int = make(chan int, 1)
	send <- 9
	fmt.Println(len(send), cap(send))
	bidir := make(chan string, 1)
	var recvOnly <-chan string = bidir
	bidir <- "through"
	fmt.Println(<-recvOnly)
	fmt.Printf("%T %T %T\n", bidir, recvOnly, send)
}
