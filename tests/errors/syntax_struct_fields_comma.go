package main

import "fmt"

type Point struct {
	X int, Y int // ERROR "syntax error: unexpected comma in struct type; possibly"
}

func main() {
	fmt.Println(Point{})
}
