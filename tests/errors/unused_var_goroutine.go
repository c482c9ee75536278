package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		result := 6 * 7 // ERROR "result declared but not used"
	}()
	wg.Wait()
	fmt.Println("done")
}
