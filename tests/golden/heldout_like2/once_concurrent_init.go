package main

import (
	"fmt"
	"sync"
)

type Config struct {
	Name  string
	Debug bool
}

var (
	once   sync.Once
	config *Config
	inits  int
)

func getConfig() *Config {
	once.Do(func() {
		inits++
		config = &Config{Name: "app", Debug: true}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*Config, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ptrs[i] = getConfig()
		}(i)
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		if p != ptrs[0] {
			same = false
		}
	}
	fmt.Println("inits:", inits, "same:", same, *ptrs[0])
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("init failed") })
	}()
	ran := false
	o2.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
	var o3 sync.Once
	count := 0
	for i := 0; i < 3; i++ {
		o3.Do(func() { count++ })
	}
	fmt.Println(count)
}
