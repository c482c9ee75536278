package main

import "fmt"

type Request struct {
	N     int
	Reply chan int
}

func server(reqs <-chan Request) {
	for r := range reqs {
		r.Reply <- r.N * r.N
	}
}

func main() {
	reqs := make(chan Request)
	go server(reqs)
	reply := make(chan int)
	reqs <- Request{4, reply}
	fmt.Println("4^2 =", <-reply)
	other := make(chan int)
	reqs <- Request{5, reply}
	fmt.Println("5^2 =", <-other) // waits on the wrong channel
}
