package main

import (
	"fmt"
	"sync"
)

type Task struct {
	ID    int
	Input string
}

type Result struct {
	ID     int
	Output int
	Worker int
}

func main() {
	tasks := make(chan Task)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for t := range tasks {
				score := 0
				for _, c := range t.Input {
					score += int(c)
				}
				results <- Result{t.ID, score, worker}
			}
		}(w)
	}
	inputs := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"}
	go func() {
		for i, in := range inputs {
			tasks <- Task{i, in}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]int, len(inputs))
	count := 0
	for r := range results {
		out[r.ID] = r.Output
		count++
	}
	fmt.Println(count)
	for i, v := range out {
		fmt.Println(inputs[i], v)
	}
}
