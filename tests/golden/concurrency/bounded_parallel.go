package main

import (
	"fmt"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	active, peak := 0, 0
	counts := make([]int, 10)
	var wg sync.WaitGroup
	for block := 0; block < 10; block++ {
		wg.Add(1)
		sem <- struct{}{}
		go func(b int) {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			c := 0
			for n := b * 1000; n < (b+1)*1000; n++ {
				if isPrime(n) {
					c++
				}
			}
			counts[b] = c
			mu.Lock()
			active--
			mu.Unlock()
		}(block)
	}
	wg.Wait()
	fmt.Println(counts)
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("primes below 10000:", total)
	fmt.Println("peak within limit:", peak <= limit && peak >= 1)
}
