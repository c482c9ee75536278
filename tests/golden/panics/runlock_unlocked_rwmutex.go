package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("reader in")
	rw.RUnlock()
	fmt.Println("reader out")
	rw.RUnlock()
}
