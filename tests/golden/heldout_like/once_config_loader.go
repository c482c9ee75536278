package main

import (
	"fmt"
	"sync"
)

type Config struct {
	values map[string]string
}

var (
	once    sync.Once
	cfg     *Config
	loads   int
	loadsMu sync.Mutex
)

func GetConfig() *Config {
	once.Do(func() {
		loadsMu.Lock()
		loads++
		loadsMu.Unlock()
		fmt.Println("loading config")
		cfg = &Config{values: map[string]string{"env": "prod", "region": "eu"}}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			out[i] = GetConfig().values["env"]
		}(i)
	}
	wg.Wait()
	fmt.Println(out)
	fmt.Println("loads:", loads)
	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("once body, i =", i) })
	}
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	p.Do(func() { fmt.Println("not run again") })
	fmt.Println("end")
}
