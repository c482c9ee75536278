// hello.go — the demo program of `make run`.
package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c Circle) Name() string  { return "circle" }

func main() {
	shapes := []Shape{Rect{3, 4}, Circle{1}, Rect{W: 2, H: 5}}
	var names []string
	total := 0.0
	for _, s := range shapes {
		names = append(names, s.Name())
		total += s.Area()
	}
	fmt.Printf("%s: total area %.2f\n", strings.Join(names, ", "), total)
}
