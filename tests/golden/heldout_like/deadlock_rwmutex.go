package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read locked")
	rw.RLock()
	fmt.Println("read locked twice")
	rw.RUnlock()
	rw.Lock()
	fmt.Println("never")
}
