package main

import "fmt"

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	var sh Shape = Square{2}
	if c, ok := sh.(*Circle); !ok {
		fmt.Println("not a circle", c)
	}
	var x interface{} = 42
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	fmt.Println(sh.(Square).Area())
	c := sh.(*Circle)
	fmt.Println(c)
}
