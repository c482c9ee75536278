package main

import (
	"fmt"
	"sort"
	"sync"
)

type Cache struct {
	mu    sync.RWMutex
	data  map[string]int
	hits  int
	miss  int
	stats sync.Mutex
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	c.stats.Lock()
	if ok {
		c.hits++
	} else {
		c.miss++
	}
	c.stats.Unlock()
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v
}

func main() {
	c := &Cache{data: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i%5), i)
		}(i)
	}
	wg.Wait()
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Get(fmt.Sprintf("k%d", i%8))
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, "hits:", c.hits, "miss:", c.miss)
}
