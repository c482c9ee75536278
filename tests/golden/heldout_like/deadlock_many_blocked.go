package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	out := make(chan int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	go func() { ch <- 1 }()
	go func() { <-out }()
	go func() {
		select {
		case <-out:
		case v := <-make(chan int):
			fmt.Println(v)
		}
	}()
	go func() {
		mu.Lock()
		fmt.Println("locked")
	}()
	wg.Add(1)
	go func() { wg.Wait() }()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main waiting")
	wg.Wait()
}
