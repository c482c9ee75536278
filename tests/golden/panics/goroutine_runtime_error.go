package main

import "fmt"

func main() {
	done := make(chan bool)
	results := make([]int, 3)
	fmt.Println("starting")
	go func() {
		idx := 7
		results[idx] = 1
		done <- true
	}()
	<-done
	fmt.Println("unreachable")
}
