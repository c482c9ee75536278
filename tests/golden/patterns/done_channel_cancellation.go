package main

import (
	"fmt"
	"sync"
)

func counter(done <-chan struct{}, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := start; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	c := counter(done, 10)
	for i := 0; i < 5; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	close(done)
	drained := 0
	for range c {
		drained++
	}
	fmt.Println("closed after cancel; drained at most one:", drained <= 1)

	var wg sync.WaitGroup
	quit := make(chan struct{})
	stopped := make([]bool, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-quit
			stopped[id] = true
		}(i)
	}
	close(quit)
	wg.Wait()
	fmt.Println(stopped)
}
