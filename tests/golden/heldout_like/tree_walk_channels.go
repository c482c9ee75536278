package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func New(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func walk(t *Tree, ch chan int) {
	if t == nil {
		return
	}
	walk(t.Left, ch)
	ch <- t.Value
	walk(t.Right, ch)
}

func Walk(t *Tree) <-chan int {
	ch := make(chan int)
	go func() {
		walk(t, ch)
		close(ch)
	}()
	return ch
}

func Same(a, b *Tree) bool {
	c1, c2 := Walk(a), Walk(b)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func main() {
	t1 := New(1, []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10})
	t2 := New(1, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	t3 := New(2, []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10})
	for v := range Walk(t1) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(t1, t2), Same(t1, t3), Same(t3, t3))
	fmt.Println(t1)
}
