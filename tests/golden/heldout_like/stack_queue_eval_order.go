package main

import (
	"errors"
	"fmt"
)

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s *Stack) MustPop() int {
	v, err := s.Pop()
	if err != nil {
		panic(err)
	}
	return v
}

type Queue struct {
	items []string
	count int
}

func (q *Queue) Enqueue(s string) int {
	q.items = append(q.items, s)
	q.count++
	return q.count
}

func (q *Queue) Dequeue() string {
	s := q.items[0]
	q.items = q.items[1:]
	q.count--
	return s
}

func main() {
	s := &Stack{}
	for i := 1; i <= 5; i++ {
		s.Push(i * 10)
	}
	fmt.Println("items:", s.items, "popped:", s.MustPop(), "now:", s.items)
	fmt.Println(s.items, s.MustPop(), len(s.items))
	q := &Queue{}
	fmt.Println(q.count, q.Enqueue("a"), q.Enqueue("b"), q.count, q.items)
	fmt.Println(q.items, q.Dequeue(), q.count)
	total := 0
	add := func(n int) int {
		total += n
		return total
	}
	fmt.Println(total, add(5), total, add(10), total)
	result := total + add(1)
	fmt.Println(result)
	a, b := total, add(100)
	fmt.Println(a, b)
	defer func() {
		fmt.Println("recovered:", recover(), s.items)
	}()
	for {
		fmt.Println("pop", s.MustPop())
	}
}
