package main

import (
	"fmt"
	"strings"
	"sync"
)

func parallelMap(in []string, workers int, f func(string) string) []string {
	out := make([]string, len(in))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(in[i])
			}
		}()
	}
	for i := range in {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	up := parallelMap(words, 3, strings.ToUpper)
	fmt.Println(strings.Join(up, " "))
	rev := parallelMap(words, 5, func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	})
	fmt.Println(rev)
	fmt.Println(len(parallelMap(nil, 2, strings.ToLower)))
}
