package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := [2]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			counts[0]++
			<-b
		case <-b:
			counts[1]++
			<-a
		}
	}
	fmt.Println("both cases chosen:", counts[0] > 100, counts[1] > 100, counts[0]+counts[1])
	closed := make(chan int)
	close(closed)
	ready := make(chan int, 1)
	ready <- 5
	hits := 0
	for i := 0; i < 100; i++ {
		select {
		case <-closed:
			hits++
		default:
		}
	}
	fmt.Println("closed channel always ready:", hits)
	fmt.Println(<-ready)
}
