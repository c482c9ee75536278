package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	fmt.Println("starting worker")
	go func() {
		defer wg.Done()
		items := []string{"a", "b"}
		idx := len(items) + 1
		fmt.Println("worker reading item", idx)
		fmt.Println(items[idx])
	}()
	wg.Wait()
	select {}
}
