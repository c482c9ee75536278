package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max2(n.Left.Height(), n.Right.Height())
}

func max2(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func (n *Node) String() string {
	if n == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", n.Left, n.Val, n.Right)
}

func main() {
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	var parts []string
	root.InOrder(func(v int) { parts = append(parts, fmt.Sprint(v)) })
	fmt.Println(strings.Join(parts, ","))
	fmt.Println("height:", root.Height())
	fmt.Println(root)
	var empty *Node
	fmt.Println(empty.Height(), empty)
}
