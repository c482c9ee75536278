package main

import "fmt"

func main() {
	var ch chan string
	go func() {
		fmt.Println("goroutine runs")
	}()
	fmt.Println("about to receive")
	msg := <-ch
	fmt.Println(msg)
}
