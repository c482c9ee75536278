package main

import (
	"fmt"
	"strings"
	"sync"
)

type result struct {
	worker int
	words  int
	upper  string
}

func main() {
	docs := []string{"the cat sat", "on the mat", "go is fun to write", "", "one"}
	results := make([]result, len(docs))
	var wg sync.WaitGroup
	wg.Add(len(docs))
	for i, d := range docs {
		go func(i int, d string) {
			defer wg.Done()
			results[i] = result{i, len(strings.Fields(d)), strings.ToUpper(d)}
		}(i, d)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		fmt.Printf("%d %d %q\n", r.worker, r.words, r.upper)
		total += r.words
	}
	fmt.Println("total words", total)
	var mu sync.Mutex
	var order []int
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			order = append(order, n)
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println(len(order))
}
