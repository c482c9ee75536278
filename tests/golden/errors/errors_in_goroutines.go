package main

import (
	"errors"
	"fmt"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

func work(id int) (int, error) {
	if id%3 == 0 {
		return 0, fmt.Errorf("job %d: %w", id, errors.New("divisible by three"))
	}
	return id * id, nil
}

func main() {
	const n = 8
	results := make([]result, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			v, err := work(id)
			results[id] = result{id, v, err}
		}(i)
	}
	wg.Wait()
	var failed []error
	sum := 0
	for _, r := range results {
		if r.err != nil {
			failed = append(failed, r.err)
			continue
		}
		sum += r.val
	}
	fmt.Println("sum of successes:", sum)
	for _, e := range failed {
		fmt.Println(e)
	}
	errc := make(chan error, n)
	for i := 1; i <= 4; i++ {
		go func(id int) {
			_, err := work(id)
			errc <- err
		}(i)
	}
	nilCount := 0
	for i := 0; i < 4; i++ {
		if err := <-errc; err == nil {
			nilCount++
		}
	}
	fmt.Println("ok:", nilCount, "failed:", 4-nilCount)
}
