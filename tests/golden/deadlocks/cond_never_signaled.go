package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	mu.Lock()
	fmt.Println("waiting for ready")
	for !ready {
		cond.Wait()
	}
	mu.Unlock()
}
