package main

import (
	"fmt"
	"time"
)

func main() {
	jobs := make(chan int, 3)
	go func() {
		for j := range jobs {
			fmt.Println("job", j)
		}
	}()
	jobs <- 1
	jobs <- 2
	close(jobs)
	time.Sleep(5 * time.Millisecond)
	jobs <- 3
}
