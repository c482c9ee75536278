package main

import (
	"fmt"
	"sync"
)

func makeAccumulator() (add func(int), get func() int) {
	var mu sync.Mutex
	total := 0
	add = func(n int) {
		mu.Lock()
		total += n
		mu.Unlock()
	}
	get = func() int {
		mu.Lock()
		defer mu.Unlock()
		return total
	}
	return
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		if n == 30 {
			fmt.Println("cache size", len(cache), "calls", calls)
		}
		return v
	}
}

func main() {
	add, get := makeAccumulator()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			add(n)
		}(i)
	}
	wg.Wait()
	fmt.Println("total:", get())
	var fib func(int) int
	fib = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(30), fib(50))
	adders := make([]func(int) int, 3)
	for i := range adders {
		k := i * 10
		adders[i] = func(x int) int { return x + k }
	}
	for _, a := range adders {
		fmt.Print(a(1), " ")
	}
	fmt.Println()
}
