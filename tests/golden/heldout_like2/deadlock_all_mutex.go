package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	step := make(chan bool)
	go func() {
		defer wg.Done()
		a.Lock()
		step <- true
		b.Lock()
		fmt.Println("never 1")
	}()
	go func() {
		defer wg.Done()
		<-step
		b.Lock()
		a.Lock()
		fmt.Println("never 2")
	}()
	fmt.Println("started")
	wg.Wait()
}
