package main

import (
	"fmt"
	"runtime"
	"time"
)

func leaky(n int) {
	for i := 0; i < n; i++ {
		ch := make(chan int)
		go func() {
			v := <-ch
			fmt.Println("never", v)
		}()
	}
}

func fixed(n int) chan struct{} {
	quit := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			<-quit
		}()
	}
	return quit
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("base:", base)
	leaky(5)
	time.Sleep(time.Millisecond)
	fmt.Println("after leaky:", runtime.NumGoroutine()-base)
	q := fixed(4)
	time.Sleep(time.Millisecond)
	fmt.Println("after fixed start:", runtime.NumGoroutine()-base)
	close(q)
	time.Sleep(5 * time.Millisecond)
	fmt.Println("after close:", runtime.NumGoroutine()-base)
}
