package main

import (
	"fmt"
	"sync"
)

type Config struct{ values map[string]string }

var (
	cfg      *Config
	cfgOnce  sync.Once
	loadRuns int
)

func getConfig() *Config {
	cfgOnce.Do(func() {
		loadRuns++
		cfg = &Config{values: map[string]string{"env": "prod"}}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := getConfig()
			mu.Lock()
			if c.values["env"] == "prod" {
				seen++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("load runs:", loadRuns, "seen:", seen)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("printed once") })
	}
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("first call panics") })
	}()
	ran := false
	o2.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
}
