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
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			cur := atomic.AddInt32(&active, 1)
			for {
				old := atomic.LoadInt32(&maxActive)
				if cur <= old || atomic.CompareAndSwapInt32(&maxActive, old, cur) {
					break
				}
			}
			results[id] = id * id
			atomic.AddInt32(&active, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	fmt.Println("max active within limit:", maxActive <= limit, "len(sem):", len(sem), "cap:", cap(sem))
}
