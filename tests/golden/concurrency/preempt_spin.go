package main

import (
	"fmt"
	"runtime"
)

var stop bool

// spin never blocks and never calls anything that yields: only preemption lets the other
// goroutines run.
func spin(n *int) {
	for !stop {
		*n++
	}
}

func count(to int, out chan<- int) {
	s := 0
	for i := 1; i <= to; i++ {
		s += i
	}
	out <- s
}

func main() {
	var n int
	go spin(&n)
	runtime.Gosched() // spin gets the P and keeps it until its time slice ends
	out := make(chan int)
	go count(1000, out)
	fmt.Println("sum", <-out)
	stop = true
	fmt.Println("main done")
}
