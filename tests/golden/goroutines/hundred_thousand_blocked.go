// 100,000 goroutines park on one channel; closing it releases them all, and each reports
// back on a buffered channel.
package main

import "fmt"

const n = 100000

func waiter(id int, gate <-chan struct{}, done chan<- int) {
	<-gate
	done <- id % 7
}

func main() {
	gate := make(chan struct{})
	done := make(chan int, 1024)
	for i := 0; i < n; i++ {
		go waiter(i, gate, done)
	}
	close(gate)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println("released", n, "sum", sum)
}
