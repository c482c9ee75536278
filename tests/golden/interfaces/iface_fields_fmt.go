package main

import (
	"errors"
	"fmt"
)

type E interface{}

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Holder struct {
	Any   E
	Err   error
	Sh    Shape
	Items []Shape
	M     map[string]interface{}
}

func main() {
	h := Holder{5, errors.New("bad"), Sq{2}, []Shape{Sq{1}, nil}, map[string]interface{}{"k": E(1.5)}}
	fmt.Println(h)
	fmt.Printf("%v %+v\n", h.Items, h.Sh)
	fmt.Printf("%T %T %T\n", h.Any, h.Err, h.Sh)
}
