package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	var log []string
	go func() {
		for i := 0; i < 3; i++ {
			log = append(log, fmt.Sprint("g", i))
			runtime.Gosched()
		}
		done <- true
	}()
	<-done
	fmt.Println(log)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
		fmt.Print(v, " ")
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)
}
