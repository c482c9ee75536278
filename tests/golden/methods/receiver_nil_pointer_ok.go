package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) Len() int {
	if n == nil {
		return 0
	}
	return 1 + n.Next.Len()
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.Sum()
}

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%s", n.Val, n.Next.String())
}

func main() {
	var list *Node
	fmt.Println(list.Len(), list.Sum(), list.String())
	for i := 1; i <= 4; i++ {
		list = &Node{i, list}
	}
	fmt.Println(list.Len(), list.Sum(), list)
	var s fmt.Stringer = (*Node)(nil)
	fmt.Println(s == nil, s.String())
}
