package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- n * 2
		}(i)
	}
	fmt.Println("waiting")
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
