package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 8)
	var wg sync.WaitGroup
	for i := 0; i < len(results); i++ {
		wg.Add(1)
		go func(idx int) {
			defer wg.Done()
			sum := 0
			for k := 0; k <= idx*100; k++ {
				sum += k
			}
			results[idx] = sum
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
}
