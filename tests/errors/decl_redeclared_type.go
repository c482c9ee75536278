package main

import "fmt"

type Point struct{ X, Y int }

type Point struct{ X, Y, Z int } // ERROR "Point redeclared in this block"

func main() {
	fmt.Println(Point{})
}
