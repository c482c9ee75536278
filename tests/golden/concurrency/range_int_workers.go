// vitro:go1.22
package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers = 4
	jobs := make(chan int)
	partial := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				partial[w] += j
			}
		}()
	}
	for i := range 101 {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	total := 0
	for _, p := range partial {
		total += p
	}
	fmt.Println("total:", total)
	squares := make([]int, 10)
	for i := range len(squares) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			squares[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(squares, max(squares[3], squares[2]), min(total, 10))
}
