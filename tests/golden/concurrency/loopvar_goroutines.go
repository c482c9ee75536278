// vitro:go1.22
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen = append(seen, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println(seen)
	words := []string{"alpha", "beta", "gamma"}
	lengths := make([]int, len(words))
	for i, w := range words {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lengths[i] = len(w)
		}()
	}
	wg.Wait()
	fmt.Println(lengths)
	results := make(chan string, 3)
	for n := range 3 {
		go func() { results <- fmt.Sprint("job-", n) }()
	}
	got := []string{<-results, <-results, <-results}
	sort.Strings(got)
	fmt.Println(got)
}
