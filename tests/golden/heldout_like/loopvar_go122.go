// vitro:go1.22
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for _, name := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, name)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
	total := 0
	for i := range 10 {
		total += i
	}
	fmt.Println(total, min(4, 2, 8), max(1.5, 3), min("b", "a"))
	m := map[int]bool{1: true, 2: false}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(len(m), s)
	for range 2 {
		fmt.Print("tick ")
	}
	fmt.Println()
}
