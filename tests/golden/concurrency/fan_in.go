package main

import (
	"fmt"
	"sort"
	"sync"
)

func gen(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
		close(ch)
	}()
	return ch
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
	var all []string
	for v := range merge(gen("a", 3), gen("b", 2), gen("c", 4)) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
	var empty []string
	for v := range merge() {
		empty = append(empty, v)
	}
	fmt.Println(len(empty))
}
