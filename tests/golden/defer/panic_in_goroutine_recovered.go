package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, results []string, i int, f func() string) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				results[i] = fmt.Sprint("panic: ", r)
			}
		}()
		results[i] = f()
	}()
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	safeGo(&wg, results, 0, func() string { return "ok" })
	safeGo(&wg, results, 1, func() string { panic("worker failed") })
	safeGo(&wg, results, 2, func() string {
		var s []string
		return s[1]
	})
	safeGo(&wg, results, 3, func() string { return fmt.Sprint(len(results)) })
	wg.Wait()
	for i, r := range results {
		fmt.Println(i, r)
	}
}
