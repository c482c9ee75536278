package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var spins int64
	for i := 0; i < 2; i++ {
		go func() {
			for {
				atomic.AddInt64(&spins, 1)
			}
		}()
	}
	go func() {
		x := 0
		for {
			x++
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main runs despite spinning goroutines")
	done := make(chan int)
	go func() {
		s := 0
		for i := 1; i <= 1000; i++ {
			s += i
		}
		done <- s
	}()
	fmt.Println(<-done)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main still scheduled after a second sleep")
}
