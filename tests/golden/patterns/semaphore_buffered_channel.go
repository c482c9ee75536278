package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var active, maxActive int32
	var wg sync.WaitGroup
	results := make([]int, 12)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			n := atomic.AddInt32(&active, 1)
			for {
				m := atomic.LoadInt32(&maxActive)
				if n <= m || atomic.CompareAndSwapInt32(&maxActive, m, n) {
					break
				}
			}
			s := 0
			for k := 0; k < 1000*(i+1); k++ {
				s += k % 7
			}
			results[i] = s
			atomic.AddInt32(&active, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("max concurrent <= limit:", maxActive <= limit, "len(sem) =", len(sem), "cap =", cap(sem))
}
