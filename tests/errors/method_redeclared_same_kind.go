package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s *Stack) Push(v int) { s.items = append([]int{v}, s.items...) } // ERROR "Stack.Push redeclared in this block"

func main() {
	s := &Stack{}
	s.Push(1)
	fmt.Println(s.items)
}
