package main

import (
	"fmt"
	"sync"
)

type Config struct {
	mu      sync.RWMutex
	values  map[string]string
	version int
}

func (c *Config) Get(k string) (string, int) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.values[k], c.version
}

func (c *Config) Set(k, v string) {
	c.mu.Lock()
	c.values[k] = v
	c.version++
	c.mu.Unlock()
}

func main() {
	cfg := &Config{values: map[string]string{"mode": "dev"}}
	var wg sync.WaitGroup
	reads := make([]string, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v, _ := cfg.Get("mode")
			reads[i] = v
		}(i)
	}
	wg.Wait()
	fmt.Println(reads[0], reads[19])
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			cfg.Set(fmt.Sprintf("k%d", i), "v")
		}(i)
	}
	wg.Wait()
	_, ver := cfg.Get("mode")
	fmt.Println(ver, len(cfg.values))
}
