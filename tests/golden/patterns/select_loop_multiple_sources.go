package main

import (
	"fmt"
	"sort"
)

func source(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return ch
}

func main() {
	a, b, c := source("a", 3), source("b", 5), source("c", 2)
	var got []string
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			got = append(got, v)
		}
	}
	sort.Strings(got)
	fmt.Println(len(got), got)
}
