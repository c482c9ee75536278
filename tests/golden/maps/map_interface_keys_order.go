package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }
type Tag struct{ name string }

func (t Tag) Label() string { return "#" + t.name }

type Name string

func main() {
	// fmt prints map keys sorted (internal/fmtsort): interface keys by dynamic type first.
	m := map[interface{}]string{
		Color(1): "color", Point{1, 2}: "point", Tag{"go"}: "tag", 3: "int", "s": "string",
		[3]string{"a"}: "array", 2.5: "float", uint16(9): "u16", true: "bool", Name("n"): "name",
		int8(-1): "i8", 'r': "rune", byte('b'): "byte", Point{0, 5}: "point0", 1: "int1",
	}
	fmt.Println(m)
	fmt.Printf("%v\n", map[interface{}]int{nil: 0, 10: 1, "ten": 2, 10.5: 3, false: 4})
	counts := map[interface{}]int{}
	for _, v := range []interface{}{1, "a", 1, 2.0, "a", Point{}, Point{}, false} {
		counts[v]++
	}
	fmt.Println(counts, len(counts))
	fmt.Printf("%#v\n", map[interface{}]bool{"x": true, 2: false})
}
