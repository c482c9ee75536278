package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	docs := []string{"a b c a", "b c d", "a a a", "d e", "c c b"}
	var wg sync.WaitGroup
	for rep := 0; rep < 10; rep++ {
		for _, d := range docs {
			wg.Add(1)
			go func(d string) {
				defer wg.Done()
				for _, w := range strings.Fields(d) {
					c.Inc(w)
				}
			}(d)
		}
	}
	wg.Wait()
	snap := c.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}
}
