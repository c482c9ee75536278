package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-ctx.Done()
			fmt.Println("worker", id, "stopped")
		}(i)
	}
	fmt.Println("waiting")
	wg.Wait() // nobody calls cancel
}
