package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (t *Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t *Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func total(shapes []Shape) (area, perim float64) {
	for _, s := range shapes {
		area += s.Area()
		perim += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, &Triangle{3, 4, 5}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%-16T area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
	}
	a, p := total(shapes)
	fmt.Printf("total %.4f %.4f\n", a, p)
	var s Shape
	fmt.Println(s == nil)
	s = Circle{2}
	fmt.Println(s != nil, s)
	s = Rect{2, 5}
	fmt.Println(s)
}
