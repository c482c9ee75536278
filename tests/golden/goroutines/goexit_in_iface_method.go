package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Worker interface{ Work(n int) int }
type sq struct{}

func (sq) Work(n int) int {
	if n == 3 {
		runtime.Goexit()
	}
	return n * n
}

func main() {
	var w Worker = sq{}
	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			res[i] = w.Work(i)
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
	work := w.Work
	done := make(chan int)
	go func() {
		defer close(done)
		work(3)
		fmt.Println("unreachable")
	}()
	<-done
	fmt.Println(runtime.NumGoroutine())
}
