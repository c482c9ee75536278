package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func (n *Node) Sum() int {
	total := 0
	for c := n; c != nil; c = c.next {
		total += c.val
	}
	return total
}

func (n *Node) Second() int { return n.next.val }

func main() {
	list := &Node{1, &Node{2, nil}}
	fmt.Println(list.Sum(), list.Second())
	var empty *Node
	fmt.Println(empty.Sum())
	fmt.Println(list.next.Second())
}
