package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	p := Point{X: 1, Z: 2} // ERROR "unknown field 'Z' in struct literal of type Point"
	fmt.Println(p)
}
