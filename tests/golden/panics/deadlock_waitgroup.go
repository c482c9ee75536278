package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			if n != 1 {
				defer wg.Done()
			}
		}(i)
	}
	fmt.Println("waiting for workers")
	wg.Wait()
	fmt.Println("never printed")
}
