package main

import (
	"fmt"
	"sync"
)

func worker(id int, results []string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			results[id] = fmt.Sprintf("worker %d recovered: %v", id, r)
		}
	}()
	if id%2 == 1 {
		var m map[int]int
		m[id] = id
	}
	if id == 4 {
		panic(fmt.Sprintf("custom %d", id))
	}
	results[id] = fmt.Sprintf("worker %d ok", id)
}

func main() {
	results := make([]string, 6)
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go worker(i, results, &wg)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
}
