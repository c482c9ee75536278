package main

import (
	"fmt"
	"sort"
	"sync"
)

func safeWorker(id int, wg *sync.WaitGroup, errs chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			errs <- fmt.Sprintf("worker %d: %v", id, r)
		}
	}()
	switch id % 3 {
	case 0:
		var m map[int]int
		m[id] = id
	case 1:
		s := []int{1}
		_ = s[id]
	}
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go safeWorker(i, &wg, errs)
	}
	wg.Wait()
	close(errs)
	var list []string
	for e := range errs {
		list = append(list, e)
	}
	sort.Strings(list)
	for _, e := range list {
		fmt.Println(e)
	}
}
