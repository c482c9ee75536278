package main

import "fmt"

type Stack interface {
	Push(int)
	Pop() int
}

type sliceStack struct{ items []int }

func (s *sliceStack) Push(v int) { s.items = append(s.items, v) }
func (s *sliceStack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var st Stack = &sliceStack{}
	st.Push(1)
	st.Push(2)
	fmt.Println(st.Pop(), st.Pop())
	fmt.Println(st.Pop())
}
