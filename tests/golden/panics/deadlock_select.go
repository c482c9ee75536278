package main

import "fmt"

func worker(id int, done chan<- bool) {
	fmt.Println("worker", id, "finished without signalling")
	_ = done
}

func main() {
	done := make(chan bool)
	errs := make(chan error)
	go worker(1, done)
	select {
	case <-done:
		fmt.Println("done")
	case err := <-errs:
		fmt.Println("error:", err)
	}
}
