package main

// String and Error methods promoted from embedded fields make the outer type a Stringer: fmt
// prints the embedded value's String for the whole struct (a classic Go surprise).

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Named struct{ Name string }

func (n *Named) String() string { return "named " + n.Name }

type Outer struct {
	N int
	Point
}

type OuterP struct {
	Tag string
	*Named
}

type Deep struct {
	Z string
	Outer
}

func main() {
	o := Outer{7, Point{1, 2}}
	fmt.Println(o, &o, []Outer{o})
	fmt.Printf("%v %+v %d\n", o, o, o)
	op := OuterP{"t", &Named{"n"}}
	fmt.Println(op, &op)
	fmt.Println(Deep{"z", o})
}
