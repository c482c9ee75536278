package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	shared := 0
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			shared += n
			mu.Unlock()
		}(i)
	}
	fmt.Println("holding the lock while waiting")
	wg.Wait() // the workers can never take the lock
	mu.Unlock()
	fmt.Println(shared)
}
