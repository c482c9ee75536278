package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	var v interface{} = Square{3}
	if _, ok := v.(Shape); !ok {
		fmt.Println("Square does not implement Shape (checked)")
	}
	s := v.(Shape)
	fmt.Println(s.Area())
}
