package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	wg.Wait()
	fmt.Println(runtime.GOMAXPROCS(0) >= 1, runtime.NumCPU() >= 1)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0, ms.HeapAlloc > 0)
	old := debug.SetGCPercent(50)
	fmt.Println(old, debug.SetGCPercent(old))
	debug.FreeOSMemory()
	fmt.Println("done")
}
