package main

import "fmt"

func (s *Stack) Push(v int) { // ERROR "undefined: Stack"
	fmt.Println(v)
}

func main() {
	fmt.Println("x")
}
