package main

import "fmt"

type Node struct { // ERROR "invalid recursive type Node"
	value int
	next  Node
}

func main() {
	var n Node
	fmt.Println(n.value)
}
