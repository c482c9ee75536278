package main

import "fmt"

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (s *Square) Area() float64 { return s.S * s.S }

func main() {
	var s Shape = &Circle{2}
	fmt.Println(s.Area())
	if sq, ok := s.(*Square); !ok {
		fmt.Println("not a square", sq)
	}
	sq := s.(*Square)
	fmt.Println(sq)
}
