package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int)
	b := make(chan int)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		v := <-a
		b <- v + 1
	}()
	go func() {
		defer wg.Done()
		v := <-b
		a <- v + 1
	}()
	fmt.Println("waiting for both")
	wg.Wait()
}
