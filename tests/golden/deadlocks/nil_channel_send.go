package main

import "fmt"

type Sink struct {
	out chan<- string
}

func (s *Sink) Emit(msg string) {
	fmt.Println("emitting", msg)
	s.out <- msg
}

func main() {
	buf := make(chan string, 1)
	good := &Sink{out: buf}
	good.Emit("first")
	fmt.Println("buffered:", <-buf)
	var bad Sink
	bad.Emit("second")
}
