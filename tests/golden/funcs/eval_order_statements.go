package main

import (
	"fmt"
	"strings"
)

type T struct {
	n    int
	name string
	list []int
}

func (t *T) Next() int       { t.n++; return t.n }
func (t T) Get() int         { return t.n }
func (t *T) Add(s string) *T { t.name += s; return t }

var counter int

func tick() int { counter++; return counter }

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func pair() (int, int) { counter += 10; return counter, 1 }

func main() {
	t := &T{}
	fmt.Println(t.n, t.Next(), t.n, t.Next())
	fmt.Println(t.Get(), t.Next())
	var v T
	fmt.Println(v.n, v.Next(), v)
	fmt.Printf("%d %d\n", counter, tick())
	s := &Stack{}
	s.Push(1)
	s.Push(2)
	s.Push(3)
	fmt.Println(s.Pop(), s.Pop(), len(s.items))
	fmt.Println(len(s.items), s.Pop())
	a, b := counter, tick()
	fmt.Println(a, b)
	counter = 0
	arr := []int{counter, tick(), counter, tick()}
	fmt.Println(arr)
	m := map[string]int{"x": counter, "y": tick()}
	fmt.Println(m)
	var sb strings.Builder
	fmt.Fprint(&sb, counter, tick())
	fmt.Println(sb.String())
	x := counter*100 + tick()
	fmt.Println(x)
	fmt.Println(t.Add("a").name, t.Add("b").name)
	ch := make(chan int, 3)
	ch <- counter + tick()
	fmt.Println(<-ch)
	c, d := pair()
	fmt.Println(c, d, counter)
	r := func() (int, int) { return counter, tick() }
	fmt.Println(r())
	fmt.Println(counter, func() int { counter = 1000; return 1 }())
	if y := counter + tick(); y > 0 {
		fmt.Println(y)
	}
	var z = counter + tick()
	fmt.Println(z)
	counter += tick()
	fmt.Println(counter)
	ptr := &counter
	*ptr += tick()
	fmt.Println(*ptr)
	fmt.Println(strings.Repeat("ab", 2), counter, tick())
}
