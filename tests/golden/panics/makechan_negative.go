package main

import "fmt"

func newQueue(size int) chan string {
	return make(chan string, size)
}

func main() {
	for _, n := range []int{4, 0, -3} {
		q := newQueue(n)
		fmt.Println("queue capacity", cap(q))
		if cap(q) > 0 {
			q <- "hello"
			fmt.Println("buffered", len(q))
		}
	}
}
