package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				counts[n]++
				mu.Unlock()
				runtime.Gosched()
			}
		}(name)
	}
	wg.Wait()
	fmt.Println(counts)
	spin := make(chan bool)
	go func() {
		x := 0
		for i := 0; i < 5000000; i++ {
			x += i & 3
		}
		spin <- x > 0
	}()
	fmt.Println("busy goroutine finished:", <-spin)
}
