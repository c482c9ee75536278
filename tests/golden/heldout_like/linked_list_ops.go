package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	Head *Node
	Len  int
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.Len++
	if l.Head == nil {
		l.Head = n
		return
	}
	cur := l.Head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.Head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.Head = prev
}

func (l *List) Remove(v int) bool {
	pp := &l.Head
	for *pp != nil {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.Len--
			return true
		}
		pp = &(*pp).Next
	}
	return false
}

func (l List) String() string {
	var parts []string
	for n := l.Head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func middle(h *Node) *Node {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	return slow
}

func hasCycle(h *Node) bool {
	slow, fast := h, h
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func main() {
	var l List
	for i := 1; i <= 7; i++ {
		l.PushBack(i * i)
	}
	fmt.Println(l, l.Len)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(49), l.Remove(100), l.Remove(1), l.Len)
	fmt.Println(l, middle(l.Head).Val)
	fmt.Println(hasCycle(l.Head))
	last := l.Head
	for last.Next != nil {
		last = last.Next
	}
	last.Next = l.Head.Next
	fmt.Println(hasCycle(l.Head))
	var empty List
	fmt.Println(empty, middle(empty.Head) == nil, empty.Remove(3))
	fmt.Printf("%v %+v\n", l.Head.Next.Next.Val, Node{Val: 1})
}
