package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var running, peak int32
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := 0; i < 12; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&running, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			x := 1
			for k := 0; k < i; k++ {
				x *= 2
			}
			results[i] = x
			atomic.AddInt32(&running, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("peak within limit:", peak <= limit, "running:", running)
}
