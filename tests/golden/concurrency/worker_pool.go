package main

import (
	"fmt"
	"sync"
)

type job struct {
	id    int
	input int
}

type result struct {
	id     int
	output int
	worker int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, collatzSteps(j.input), w}
			}
		}(w)
	}
	go func() {
		for i := 0; i < 20; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]int, 20)
	perWorker := map[int]int{}
	for r := range results {
		out[r.id] = r.output
		perWorker[r.worker]++
	}
	fmt.Println(out)
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("jobs done:", total)
}
