package main

import "fmt"

type Source struct {
	name string
	ch   chan int
}

func (s Source) Next() int { return <-s.ch }

func main() {
	ready := Source{"ready", make(chan int, 1)}
	ready.ch <- 7
	fmt.Println(ready.name, ready.Next())
	s := Source{name: "uninitialised"}
	fmt.Println(s.name, "channel is nil:", s.ch == nil)
	fmt.Println(s.Next())
}
