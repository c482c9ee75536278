package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	for i := 1; i <= 4; i++ {
		jobs <- i
	}
	// jobs is never closed, so the workers never finish
	wg.Wait()
	close(results)
	fmt.Println("unreachable")
}
