package main

import "fmt"

type Node struct{ v int }
type NodePtr *Node

func (p NodePtr) Value() int { // ERROR "invalid receiver type NodePtr \(pointer or interface type\)"
	return p.v
}

func main() {
	fmt.Println(Node{})
}
