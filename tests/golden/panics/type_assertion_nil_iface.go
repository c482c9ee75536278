package main

import "fmt"

type Shape interface{ Area() int }

type Named interface{ Name() string }

func main() {
	var s Shape
	n, ok := s.(Named)
	fmt.Println(n == nil, ok)
	n = s.(Named)
	fmt.Println(n)
}
