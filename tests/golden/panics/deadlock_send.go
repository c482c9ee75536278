package main

import "fmt"

func enqueue(results chan<- string, n int) {
	for i := 0; i < n; i++ {
		results <- fmt.Sprint("result ", i)
		fmt.Println("queued", i, "len", len(results), "cap", cap(results))
	}
}

func main() {
	results := make(chan string, 2)
	enqueue(results, 3)
	for r := range results {
		fmt.Println(r)
	}
}
