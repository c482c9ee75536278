package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Buggy(key string) {
	c.v[key]--
	c.mu.Unlock()
}

func main() {
	c := SafeCounter{v: make(map[string]int)}
	for i := 0; i < 5; i++ {
		c.Inc("k")
	}
	fmt.Println(c.v["k"])
	c.Buggy("k")
	fmt.Println("unreachable")
}
