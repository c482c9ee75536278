package main

import "fmt"

type Task struct {
	ID   int
	Done bool
	Tags []string
}

func main() {
	tasks := []Task{{ID: 1}, {ID: 2, Tags: []string{"x"}}, {ID: 3}}
	for _, t := range tasks {
		t.Done = true
	}
	fmt.Println(tasks)
	for i := range tasks {
		tasks[i].Done = tasks[i].ID%2 == 1
	}
	fmt.Println(tasks)
	p := &tasks[1]
	p.Tags = append(p.Tags, "y")
	fmt.Println(tasks[1])
	ptrs := []*Task{}
	for i := range tasks {
		ptrs = append(ptrs, &tasks[i])
	}
	ptrs[2].ID = 30
	fmt.Println(tasks[2].ID)
	tasks = append(tasks, Task{ID: 4})
	ptrs[0].ID = 10
	fmt.Println(tasks[0].ID, ptrs[0].ID)
	var done []int
	for _, t := range tasks {
		if t.Done {
			done = append(done, t.ID)
		}
	}
	fmt.Println("done:", done)
	fmt.Printf("%+v\n", tasks[1])
}
