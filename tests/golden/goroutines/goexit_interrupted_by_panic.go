package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("deferred, panicking now")
			panic("panic during Goexit")
		}()
		runtime.Goexit()
	}()
	<-done
}
