package main

import (
	"fmt"
)

type outcome struct {
	id  int
	val int
	err error
}

func safeGo(id int, f func() int, out chan<- outcome) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				out <- outcome{id: id, err: fmt.Errorf("task %d panicked: %v", id, r)}
			}
		}()
		out <- outcome{id: id, val: f()}
	}()
}

func main() {
	out := make(chan outcome)
	zero := 0
	tasks := []func() int{
		func() int { return 1 },
		func() int { return 10 / zero },
		func() int { var s []int; return s[2] },
		func() int { panic("explicit") },
		func() int { return 5 },
	}
	for i, t := range tasks {
		safeGo(i, t, out)
	}
	res := make([]outcome, len(tasks))
	for range tasks {
		o := <-out
		res[o.id] = o
	}
	for _, o := range res {
		if o.err != nil {
			fmt.Println(o.id, "error:", o.err)
		} else {
			fmt.Println(o.id, "value:", o.val)
		}
	}
}
