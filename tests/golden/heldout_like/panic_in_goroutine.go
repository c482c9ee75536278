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
		defer fmt.Println("goroutine deferred")
		var arr []string
		idx := 3
		fmt.Println(arr[idx])
	}()
	wg.Wait()
	fmt.Println("never")
}
