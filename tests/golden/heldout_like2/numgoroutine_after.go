package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var wg sync.WaitGroup
	block := make(chan struct{})
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-block
		}()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(block)
	wg.Wait()
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after:", runtime.NumGoroutine())
	fmt.Println(runtime.NumCPU() > 0, runtime.GOMAXPROCS(0) > 0)
}
