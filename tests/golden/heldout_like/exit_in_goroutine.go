package main

import (
	"fmt"
	"os"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker fails")
		os.Exit(4)
	}()
	wg.Wait()
	fmt.Println("not reached")
}
