package main

import "fmt"

type Payload struct {
	Name string
	Data interface{}
}

func same(a, b Payload) bool { return a == b }

func main() {
	fmt.Println(same(Payload{"a", 1}, Payload{"a", 1}))
	fmt.Println(same(Payload{"a", "x"}, Payload{"a", 2}))
	fmt.Println(same(Payload{"b", map[string]int{}}, Payload{"b", 1}))
	fmt.Println(same(Payload{"c", []byte("x")}, Payload{"c", []byte("x")}))
}
