package main

import "fmt"

func main() {
	results := make(chan string)
	for i := 0; i < 3; i++ {
		go func(n int) {
			results <- fmt.Sprint("result ", n)
		}(i)
	}
	fmt.Println("received one result of length", len(<-results))
	done := make(chan bool)
	<-done
}
