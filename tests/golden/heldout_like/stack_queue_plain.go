package main

import (
	"errors"
	"fmt"
)

type Stack struct {
	data []interface{}
}

func (s *Stack) Push(v interface{}) { s.data = append(s.data, v) }

func (s *Stack) Pop() (interface{}, error) {
	if len(s.data) == 0 {
		return nil, errors.New("stack empty")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

func (s Stack) Len() int { return len(s.data) }

type Queue struct {
	items []string
}

func (q *Queue) Enqueue(s string) { q.items = append(q.items, s) }
func (q *Queue) Dequeue() (string, bool) {
	if len(q.items) == 0 {
		return "", false
	}
	s := q.items[0]
	q.items = q.items[1:]
	return s, true
}

func balanced(s string) bool {
	st := &Stack{}
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st.Push(r)
		case ')', ']', '}':
			v, err := st.Pop()
			if err != nil || v.(rune) != pairs[r] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	s := &Stack{}
	s.Push(1)
	s.Push("two")
	s.Push(3.0)
	s.Push([]int{4})
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Printf("%v (%T)\n", v, v)
	}
	_, err := s.Pop()
	fmt.Println("err:", err)
	for _, e := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		fmt.Printf("%q balanced=%t\n", e, balanced(e))
	}
	q := &Queue{}
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	for {
		w, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
}
