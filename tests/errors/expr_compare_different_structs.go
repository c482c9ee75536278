package main

import "fmt"

type Point2 struct{ X, Y int }
type Vec2 struct{ X, Y int }

func main() {
	p := Point2{1, 2}
	v := Vec2{1, 2}
	fmt.Println(p == v) // ERROR "invalid operation: p == v \(mismatched types Point2 and Vec2\)"
}
