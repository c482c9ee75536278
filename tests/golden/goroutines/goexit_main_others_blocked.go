package main

import (
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		<-ch
	}()
	runtime.Goexit()
}
