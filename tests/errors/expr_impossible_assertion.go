package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ side float64 }

func (s *Square) Area() float64 { return s.side * s.side }

func main() {
	var sh Shape = &Square{2}
	sq := sh.(Square) // ERROR "impossible type assertion: sh.\(Square\)"
	fmt.Println(sq)
}
