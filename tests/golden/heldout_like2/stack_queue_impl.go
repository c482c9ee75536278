package main

import (
	"errors"
	"fmt"
)

type Stack struct{ items []interface{} }

func (s *Stack) Push(v interface{}) { s.items = append(s.items, v) }
func (s *Stack) Pop() (interface{}, error) {
	if len(s.items) == 0 {
		return nil, errors.New("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}
func (s *Stack) Len() int { return len(s.items) }

type Queue struct {
	buf        []int
	head, size int
}

func NewQueue(c int) *Queue { return &Queue{buf: make([]int, c)} }
func (q *Queue) Enqueue(v int) bool {
	if q.size == len(q.buf) {
		return false
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
	return true
}
func (q *Queue) Dequeue() (int, bool) {
	if q.size == 0 {
		return 0, false
	}
	v := q.buf[q.head]
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func balanced(s string) bool {
	var st Stack
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			top, err := st.Pop()
			if err != nil || top.(rune) != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack
	s.Push(1)
	s.Push("two")
	s.Push(3.0)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Printf("%v(%T) ", v, v)
	}
	_, err := s.Pop()
	fmt.Println(err)
	q := NewQueue(3)
	for i := 1; i <= 4; i++ {
		fmt.Print(q.Enqueue(i), " ")
	}
	v, _ := q.Dequeue()
	q.Enqueue(5)
	fmt.Println(v)
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, e := range []string{"([]{})", "([)]", "((", "", "}{"} {
		fmt.Printf("%q:%v ", e, balanced(e))
	}
	fmt.Println()
}
