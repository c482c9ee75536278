package main

import (
	"fmt"
	"runtime"
)

func main() {
	start := make(chan struct{})
	go func() {
		<-start
		fmt.Println("other goroutine finishes")
	}()
	defer close(start)
	defer fmt.Println("main deferred")
	runtime.Goexit()
	fmt.Println("unreachable")
}
