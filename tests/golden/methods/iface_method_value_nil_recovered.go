package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var s Shape
	fmt.Println("before")
	f := s.Area
	fmt.Println("after", f == nil)
}
