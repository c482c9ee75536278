package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	tasks := []string{"a", "b"}
	wg.Add(len(tasks))
	for _, t := range tasks {
		go func(t string) {
			defer wg.Done()
			_ = t
		}(t)
	}
	wg.Wait()
	fmt.Println("all done")
	wg.Done()
}
