package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(name string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s-%d", name, i)
		}
	}()
	return out
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var got []string
	for v := range merge(source("a", 3), source("b", 2), source("c", 4)) {
		got = append(got, v)
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
	empty := merge()
	_, ok := <-empty
	fmt.Println("empty merge closed:", !ok)
}
