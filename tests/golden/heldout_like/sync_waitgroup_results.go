package main

import (
	"fmt"
	"strings"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func main() {
	const chunks = 4
	const limit = 200
	counts := make([]int, chunks)
	primes := make([][]int, chunks)
	var wg sync.WaitGroup
	for c := 0; c < chunks; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			lo, hi := c*limit/chunks, (c+1)*limit/chunks
			for n := lo; n < hi; n++ {
				if isPrime(n) {
					counts[c]++
					primes[c] = append(primes[c], n)
				}
			}
		}(c)
	}
	wg.Wait()
	total := 0
	for c := range counts {
		total += counts[c]
		var parts []string
		for _, p := range primes[c] {
			parts = append(parts, fmt.Sprint(p))
		}
		fmt.Printf("chunk %d: %2d primes, last %s\n", c, counts[c], parts[len(parts)-1])
	}
	fmt.Println("total primes below", limit, "=", total)
	fmt.Println(strings.Repeat("=", 20))
}
