package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			sum := 0
			for k := 1; k <= n*1000; k++ {
				sum += k
			}
			results[n] = sum
		}(i)
	}
	wg.Wait()
	for i, r := range results {
		fmt.Println(i, r)
	}
	var wg2 sync.WaitGroup
	wg2.Add(3)
	done := make([]bool, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			done[i] = true
			wg2.Done()
		}(i)
	}
	wg2.Wait()
	fmt.Println(done)
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("waiting on zero counter returns at once")
}
