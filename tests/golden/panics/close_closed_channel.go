package main

import "fmt"

type Stream struct {
	ch chan int
}

func (s *Stream) Close() {
	fmt.Println("closing stream")
	close(s.ch)
}

func main() {
	s := &Stream{ch: make(chan int, 1)}
	s.ch <- 1
	s.Close()
	fmt.Println("drained", <-s.ch)
	s.Close()
}
