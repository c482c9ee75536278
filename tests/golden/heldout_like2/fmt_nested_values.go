package main

import "fmt"

type Point struct{ X, Y int }
type Shape struct {
	Name   string
	Pts    []Point
	Center *Point
	Tags   map[string]int
	Inner  struct{ A, B bool }
	Any    interface{}
}

type Named struct {
	P  *Point
	PP **Point
}

func main() {
	c := &Point{1, 2}
	s := Shape{Name: "tri", Pts: []Point{{0, 0}, {3, 0}, {0, 4}}, Center: c,
		Tags: map[string]int{"b": 2, "a": 1}, Any: []string{"x"}}
	fmt.Printf("%v\n", s.Pts)
	fmt.Printf("%+v\n", s.Pts)
	fmt.Printf("%v %+v\n", s.Inner, s.Inner)
	fmt.Printf("%v %+v\n", s.Tags, s.Tags)
	fmt.Printf("%v\n", *s.Center)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%#v\n", s.Pts)
	fmt.Printf("%#v\n", s.Tags)
	fmt.Printf("%v %#v\n", s.Any, s.Any)
	m := map[Point][]string{{1, 2}: {"a"}, {0, 5}: nil, {0, 1}: {}}
	fmt.Println(m)
	ptrs := []*Point{c}
	fmt.Println(len(ptrs), *ptrs[0])
	nested := map[string]map[string][]int{"x": {"b": {1, 2}, "a": nil}, "w": {}}
	fmt.Println(nested)
	arr := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Printf("%v %#v\n", arr, arr[0])
	var np *Point
	fmt.Printf("%v %+v\n", np, np)
	var ns []Point
	es := []Point{}
	fmt.Printf("%v %v %#v %#v\n", ns, es, ns, es)
	var nm map[string]int
	fmt.Printf("%v %#v %d\n", nm, nm, len(nm))
	var ni interface{}
	fmt.Printf("%v %#v\n", ni, ni)
	fmt.Printf("%v\n", struct {
		A []int
		B map[int]bool
		C *int
	}{[]int{1}, map[int]bool{2: true}, nil})
	fmt.Printf("%T %T %T %T\n", s, c, m, nested)
	fmt.Printf("%v\n", [][]Point{{{1, 1}}, {}, nil})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{1, 171})
	fmt.Printf("%d\n", map[string]int{"z": 26, "y": 25})
}
