package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu     sync.RWMutex
	data   map[int]int
	misses int
}

func (c *Cache) Get(k int) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) GetOrCompute(k int, f func(int) int) int {
	if v, ok := c.Get(k); ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v
	}
	c.misses++
	v := f(k)
	c.data[k] = v
	return v
}

func main() {
	c := &Cache{data: map[int]int{}}
	var wg sync.WaitGroup
	sums := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				sums[g] += c.GetOrCompute(k, func(n int) int { return n * n * n })
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sums)
	fmt.Println("misses:", c.misses, "size:", len(c.data))
	v, ok := c.Get(3)
	fmt.Println(v, ok)
	_, ok = c.Get(99)
	fmt.Println(ok)
}
