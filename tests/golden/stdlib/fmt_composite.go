package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Meta   map[string]int
	Parent *Shape
	Err    error
	Any    interface{}
	hidden bool
}

type Pair [2]string

func main() {
	p := Point{1, 2}
	fmt.Printf("%v | %+v | %#v\n", p, p, p)
	fmt.Printf("%v | %+v | %#v\n", &p, &p, []Point{p})
	s := Shape{
		Name:   "tri",
		Points: []Point{{0, 0}, {1, 0}},
		Meta:   map[string]int{"b": 2, "a": 1},
		Err:    errors.New("oops"),
		Any:    3.5,
	}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%#v\n", s.Meta)
	fmt.Printf("%#v %#v %#v\n", []string{"x"}, [2]bool{true}, Pair{"a", "b"})
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 'r', uint8(7))
	fmt.Printf("%#v %#v\n", []int(nil), map[string]bool(nil))
	var ip *int
	var e error
	var any interface{}
	fmt.Printf("%v %+v %#v | %v %#v | %v %#v\n", ip, ip, ip, e, e, any, any)
	nested := map[string][]int{"z": {3}, "a": {1, 2}}
	fmt.Printf("%v %+v\n", nested, nested)
	fmt.Printf("%v\n", [][]string{{"a"}, {"b", "c"}})
	fmt.Printf("%v %+v\n", struct{}{}, struct{ A *int }{})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%v %d %s\n", []interface{}{1, "a"}, []interface{}{1, 2}, []interface{}{"s", 3})
	pp := &Point{3, 4}
	ptrs := []*Point{pp}
	fmt.Println(len(fmt.Sprint(ptrs)) > 0, *ptrs[0])
	fmt.Printf("%v %s\n", map[Point]string{{2, 1}: "b", {1, 2}: "a"}, map[string]Point{"k": {5, 6}})
}
