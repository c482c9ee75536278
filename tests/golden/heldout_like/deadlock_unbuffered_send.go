package main

import "fmt"

func main() {
	results := make(chan string)
	for i := 0; i < 3; i++ {
		fmt.Println("sending", i)
		results <- fmt.Sprint("r", i)
	}
	fmt.Println(<-results)
}
