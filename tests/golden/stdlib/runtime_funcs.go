package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println("cpus positive:", runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	for runtime.NumGoroutine() < 6 {
		runtime.Gosched()
	}
	fmt.Println("goroutines while blocked:", runtime.NumGoroutine())
	close(block)
	wg.Wait()
	data := make([][]byte, 0, 100)
	for i := 0; i < 100; i++ {
		data = append(data, make([]byte, 1024))
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("num gc > 0:", ms.NumGC > 0, "heap alloc > 0:", ms.HeapAlloc > 0, len(data))
	old := debug.SetGCPercent(50)
	fmt.Println("previous GC percent:", old)
	fmt.Println("restored:", debug.SetGCPercent(old))
	debug.FreeOSMemory()
	fmt.Println("done")
}
