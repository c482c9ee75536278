package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for step := 0; step < 3; step++ {
				mu.Lock()
				log = append(log, fmt.Sprintf("g%d.%d", id, step))
				mu.Unlock()
				runtime.Gosched()
			}
		}(i)
	}
	wg.Wait()
	counts := map[string]int{}
	for _, e := range log {
		counts[e[:2]]++
	}
	fmt.Println(len(log), counts)
	done := make(chan bool)
	data := 0
	go func() {
		data = 42
		done <- true
	}()
	<-done
	fmt.Println("data:", data)
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0))
}
