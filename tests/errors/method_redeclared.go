package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func (p *Point) String() string { return "ptr" } // ERROR "Point.String redeclared in this block"

func main() {
	fmt.Println(Point{})
}
