package main

import "fmt"

type Shape interface {
	Area() float64
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r *Rect) Scale(f float64) { r.W *= f; r.H *= f }

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) Scale(f float64) { c.R *= f }

func main() {
	r := &Rect{2, 3}
	c := &Circle{1}
	shapes := []Shape{r, c}
	for _, s := range shapes {
		s.Scale(2)
	}
	for _, s := range shapes {
		fmt.Printf("%T %.1f\n", s, s.Area())
	}
	fmt.Println(r.W, r.H, c.R)
	var s Shape = r
	if rp, ok := s.(*Rect); ok {
		rp.W = 1
	}
	fmt.Println(s.Area(), r.Area())
}
