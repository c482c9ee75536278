package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Println("worker deferred", id)
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	helper(id)
	fmt.Println("not reached")
}

func helper(id int) {
	defer fmt.Println("helper deferred", id)
	if id >= 0 {
		runtime.Goexit()
	}
	fmt.Println("not reached either")
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(1, &wg)
	wg.Wait()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < 3; i++ {
			if i == 2 {
				runtime.Goexit()
			}
			fmt.Println("loop", i)
		}
	}()
	<-done
	fmt.Println("main done")
}
