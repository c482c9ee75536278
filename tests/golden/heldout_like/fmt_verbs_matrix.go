package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Tags []string
	Ptr  *Point
	M    map[string]int
	Any  interface{}
}

type Weekday int

func main() {
	p := Point{1, -2}
	vals := []interface{}{
		42, int8(-7), uint16(65535), 3.14159, float32(2.5), 1e21, 1e-7, "hi\n", 'x', true, nil,
		p, &p, []int{1, 2}, [2]bool{true}, map[string]int{"b": 2, "a": 1}, Weekday(3),
		[]string{}, []byte("ab"), struct{}{}, uintptr(10), []interface{}{1, "a", nil},
	}
	for _, v := range vals {
		fmt.Printf("%v|%+v|%#v|%T\n", v, v, v, v)
	}
	n := Named{"n", []string{"x"}, nil, nil, 5}
	fmt.Printf("%v\n%+v\n%#v\n", n, n, n)
	var np *Point
	fmt.Printf("%v %+v %#v\n", np, np, np)
	var e error
	fmt.Printf("%v %#v %T\n", e, e, e)
	var m map[string]bool
	var s []int
	fmt.Printf("%v %#v %v %#v\n", m, m, s, s)
}
