package main

import "fmt"

type Point struct{ X, Y int }

func show(p *Point) { fmt.Println(p.X, p.Y) }

func main() {
	pt := Point{1, 2}
	show(pt) // ERROR "cannot use pt \(variable of type Point\) as type \*Point in"
}
