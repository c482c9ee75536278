package main

import "fmt"

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() (int, bool) {
	if len(*s) == 0 {
		return 0, false
	}
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v, true
}

type Queue struct {
	items []string
}

func (q *Queue) Enqueue(s ...string) { q.items = append(q.items, s...) }

func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func (q Queue) Len() int { return len(q.items) }

func main() {
	var s Stack
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println(s, len(s))
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	var q Queue
	q.Enqueue("a", "b", "c")
	first, _ := q.Dequeue()
	q.Enqueue("d")
	fmt.Println(first, q.Len(), q.items)
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v)
	}
	_, ok := q.Dequeue()
	fmt.Println(" empty:", !ok)
}
