package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		defer fmt.Println("g deferred")
		ch <- 1
	}()
	defer fmt.Println("main deferred")
	<-ch
	runtime.Goexit()
}
