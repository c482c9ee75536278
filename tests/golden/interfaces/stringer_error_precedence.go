package main

import (
	"errors"
	"fmt"
)

type Both struct{ v int }

func (b Both) String() string { return fmt.Sprintf("S%d", b.v) }
func (b Both) Error() string  { return fmt.Sprintf("E%d", b.v) }

type OnlyPtr struct{ v int }

func (p *OnlyPtr) String() string { return fmt.Sprintf("P%d", p.v) }

type Inner struct{ n int }

func (i Inner) String() string { return "inner!" }

type Outer struct {
	I Inner
	J int
}

func main() {
	b := Both{1}
	fmt.Println(b)
	fmt.Printf("%v %s %d\n", b, b, b)
	o := OnlyPtr{2}
	fmt.Println(o, &o)
	fmt.Printf("%v %+v\n", Outer{Inner{1}, 2}, Outer{Inner{1}, 2})
	fmt.Println([]Both{{3}, {4}})
	fmt.Println(map[string]Inner{"k": {}})
	var err error = b
	fmt.Println(errors.Unwrap(err) == nil, err)
	fmt.Printf("%q\n", Inner{})
	fmt.Printf("%x\n", Inner{})
}
