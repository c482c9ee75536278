package main

import (
	"context"
	"fmt"
	"sync"
)

func worker(ctx context.Context, id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- fmt.Sprintf("job %d squared %d", j, j*j)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	results := make(chan string, 100)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, jobs, results, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	cancel()
	wg.Wait()
	close(results)
	count := 0
	sum := 0
	for r := range results {
		count++
		sum += len(r)
	}
	fmt.Println("results:", count, "chars:", sum > 0)
	fmt.Println("err:", ctx.Err())
	<-ctx.Done()
	fmt.Println("done closed")
}
