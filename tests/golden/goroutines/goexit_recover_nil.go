package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]string, 0)
	var mu sync.Mutex
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() {
				r := recover()
				mu.Lock()
				results = append(results, fmt.Sprint("g", i, " recover=", r))
				mu.Unlock()
			}()
			if i%2 == 0 {
				runtime.Goexit()
			}
			panic(fmt.Sprint("p", i))
		}(i)
	}
	wg.Wait()
	fmt.Println(len(results))
	n := 0
	for _, r := range results {
		if r[len(r)-5:] == "<nil>" {
			n++
		}
	}
	fmt.Println("nil recovers:", n)
	fmt.Println(runtime.NumGoroutine())
}
