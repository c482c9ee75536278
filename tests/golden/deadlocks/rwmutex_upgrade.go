package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) GetOrSet(k string, v int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if x, ok := c.m[k]; ok {
		return x
	}
	c.mu.Lock() // cannot upgrade a read lock: deadlock
	c.m[k] = v
	c.mu.Unlock()
	return v
}

func main() {
	c := &Cache{m: map[string]int{"a": 1}}
	fmt.Println(c.GetOrSet("a", 5))
	fmt.Println(c.GetOrSet("b", 2))
}
