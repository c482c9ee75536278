package main

import (
	"fmt"
	"strings"
	"sync"
)

type Result struct {
	Index int
	Word  string
	Score int
}

func score(w string) int {
	s := 0
	for _, r := range strings.ToLower(w) {
		if r >= 'a' && r <= 'z' {
			s += int(r-'a') + 1
		}
	}
	return s
}

func main() {
	words := strings.Fields("concurrency is not parallelism but it enables parallelism")
	in := make(chan Result)
	out := make(chan Result)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				r.Score = score(r.Word)
				out <- r
			}
		}()
	}
	go func() {
		for i, w := range words {
			in <- Result{Index: i, Word: w}
		}
		close(in)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	ordered := make([]Result, len(words))
	for r := range out {
		ordered[r.Index] = r
	}
	for _, r := range ordered {
		fmt.Printf("%-12s %3d\n", r.Word, r.Score)
	}
}
