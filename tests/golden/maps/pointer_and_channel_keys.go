package main

import "fmt"

type Node struct{ name string }

func main() {
	a := &Node{"a"}
	b := &Node{"b"}
	a2 := &Node{"a"}
	visits := map[*Node]int{}
	for _, n := range []*Node{a, b, a, a2, a} {
		visits[n]++
	}
	fmt.Println(len(visits), visits[a], visits[b], visits[a2])

	c1 := make(chan int)
	c2 := make(chan int)
	names := map[chan int]string{c1: "first", c2: "second"}
	fmt.Println(names[c1], names[c2], len(names))

	type pair struct {
		n *Node
		i int
	}
	pm := map[pair]bool{{a, 1}: true}
	fmt.Println(pm[pair{a, 1}], pm[pair{a2, 1}])
	var ik map[interface{}]int = map[interface{}]int{}
	ik[a] = 1
	ik[*a] = 2
	fmt.Println(ik[a], ik[Node{"a"}], len(ik))
}
