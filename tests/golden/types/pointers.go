package main

import "fmt"

type Node struct {
	Value int
	Next  *Node
}

func newInt(v int) *int { return &v }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 1
	p := &x
	*p = 2
	fmt.Println(x, *p, p == &x)
	pp := &p
	**pp = 3
	fmt.Println(x)
	a, b := newInt(10), newInt(20)
	swap(a, b)
	fmt.Println(*a, *b, a == b)
	n := new(int)
	fmt.Println(*n)
	*n++
	fmt.Println(*n)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Value, " ")
	}
	fmt.Println()
	second := head.Next
	second.Value = 20
	fmt.Println(head.Next.Value)
	s := new(struct{ A, B string })
	s.A = "a"
	fmt.Println(*s)
	arr := [3]int{1, 2, 3}
	ap := &arr[1]
	*ap = 50
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	sp := &sl[0]
	sl = append(sl, 4)
	*sp = 100
	fmt.Println(len(sl), *sp)
	var np *Node
	fmt.Println(np == nil, np)
}
