package main

import "fmt"

type Point struct{ X, Y int }
type Named string
type List []Point
type Flags map[string]bool
type Pair struct {
	K string
	V *Point
}

func main() {
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", &Point{3, 4})
	fmt.Printf("%#v\n", Named("n"))
	fmt.Printf("%#v\n", List{{1, 1}})
	fmt.Printf("%#v\n", Flags{"b": true, "a": false})
	fmt.Printf("%#v\n", Pair{"k", nil})
	fmt.Printf("%#v\n", []string{"a", "b"})
	fmt.Printf("%#v\n", [2]float64{1, 2.5})
	fmt.Printf("%#v %#v %#v\n", 42, 3.0, uint8(7))
	fmt.Printf("%#v\n", struct{ A interface{} }{nil})
	fmt.Printf("%#v\n", []interface{}{Point{}, Named("x")})
	var np *Point
	fmt.Printf("%#v\n", np)
	fmt.Printf("%#v\n", map[Point]string{{1, 0}: "a"})
}
