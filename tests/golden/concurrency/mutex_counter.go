package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				if j%2 == 0 {
					c.Inc("even")
				} else {
					c.Inc("odd")
				}
			}
			if i%10 == 0 {
				c.Inc("tens")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("even"), c.Value("odd"), c.Value("tens"))
	fmt.Println(c.m)
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			defer mu.Unlock()
			total += n
		}(i)
	}
	wg2.Wait()
	fmt.Println("total", total)
}
