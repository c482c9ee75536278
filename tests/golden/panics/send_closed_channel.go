package main

import "fmt"

func producer(ch chan<- string, items []string) {
	for _, it := range items {
		ch <- it
	}
}

func main() {
	ch := make(chan string, 4)
	producer(ch, []string{"a", "b"})
	close(ch)
	for v := range ch {
		fmt.Println("drained:", v)
	}
	producer(ch, []string{"late"})
}
