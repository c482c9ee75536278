package main

import "fmt"

type Job struct{ ID int }

func enqueue(q chan Job, id int) {
	q <- Job{id}
	fmt.Println("queued", id, "len", len(q), "cap", cap(q))
}

func main() {
	queue := make(chan Job, 3)
	for i := 1; i <= 5; i++ {
		enqueue(queue, i)
	}
	fmt.Println("unreachable")
}
