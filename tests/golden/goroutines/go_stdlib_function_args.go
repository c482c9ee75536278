package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func main() {
	var wg sync.WaitGroup
	c := &counter{}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.mu.Lock()
			defer c.mu.Unlock()
			c.n++
		}()
	}
	wg.Wait()
	// go of a native with arguments evaluated now: fmt.Sprint's result is not observable, but
	// the goroutine runs; a channel makes the output deterministic.
	msgs := make(chan string, 1)
	send := func(s string) { msgs <- s }
	v := "first"
	go send(fmt.Sprint(v, " ", c.n))
	v = "second"
	fmt.Println(<-msgs, v)
	lock := c.mu.Lock
	unlock := c.mu.Unlock
	lock()
	go unlock()
	c.mu.Lock()
	fmt.Println("relocked")
	c.mu.Unlock()
}
