package main

import "fmt"

func fetch(results chan<- int, n int) {
	for i := 0; i < n; i++ {
		results <- i * i
	}
}

func main() {
	ch := make(chan int)
	go fetch(ch, 3)
	for i := 0; i < 4; i++ {
		fmt.Println("waiting for value", i)
		fmt.Println("got", <-ch)
	}
}
