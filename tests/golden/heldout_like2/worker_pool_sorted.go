package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Task struct {
	ID   int
	Text string
}

type Result struct {
	TaskID int
	Words  int
	Vowels int
	Worker int
}

func countVowels(s string) int {
	n := 0
	for _, r := range strings.ToLower(s) {
		if strings.ContainsRune("aeiou", r) {
			n++
		}
	}
	return n
}

func main() {
	texts := []string{"hello world", "go concurrency patterns", "channels and goroutines",
		"a", "", "the quick brown fox", "select statement", "sync wait group"}
	tasks := make(chan Task)
	results := make(chan Result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for t := range tasks {
				results <- Result{t.ID, len(strings.Fields(t.Text)), countVowels(t.Text), w}
			}
		}(w)
	}
	go func() {
		for i, t := range texts {
			tasks <- Task{i, t}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []Result
	workersUsed := map[int]bool{}
	for r := range results {
		all = append(all, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].TaskID < all[j].TaskID })
	for _, r := range all {
		fmt.Printf("task %d: words=%d vowels=%d\n", r.TaskID, r.Words, r.Vowels)
	}
	fmt.Println(len(all), len(workersUsed) >= 1)
}
