package main

import (
	"fmt"
	"sync"
)

type Job struct{ ID, Size int }

func handle(j Job) int {
	if j.Size == 0 {
		panic(fmt.Sprintf("job %d has size zero", j.ID))
	}
	return 100 / j.Size
}

func main() {
	jobs := []Job{{1, 10}, {2, 0}}
	fmt.Println("first:", handle(jobs[0]))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		handle(jobs[1]) // panics before Done: main stays blocked in Wait
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable")
}
