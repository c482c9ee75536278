package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	Pos  Point
}

func main() {
	visits := map[Point]int{}
	path := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 0}, {1, 1}, {1, 1}}
	for _, p := range path {
		visits[p]++
	}
	pts := make([]Point, 0, len(visits))
	for p := range visits {
		pts = append(pts, p)
	}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i].X != pts[j].X {
			return pts[i].X < pts[j].X
		}
		return pts[i].Y < pts[j].Y
	})
	for _, p := range pts {
		fmt.Println(p, visits[p])
	}
	fmt.Println(visits)
	nested := map[Key][]string{}
	nested[Key{"a", Point{1, 2}}] = append(nested[Key{"a", Point{1, 2}}], "first")
	nested[Key{"a", Point{1, 2}}] = append(nested[Key{"a", Point{1, 2}}], "second")
	fmt.Println(nested, len(nested))
	arrKey := map[[2]int]string{{1, 2}: "x", {0, 5}: "y"}
	fmt.Println(arrKey, arrKey[[2]int{1, 2}])
	ifaceKey := map[interface{}]int{1: 1, "1": 2, 1.0: 3, true: 4, Point{}: 5}
	fmt.Println(len(ifaceKey), ifaceKey[1], ifaceKey["1"], ifaceKey[1.0], ifaceKey[Point{}])
	v, ok := visits[Point{9, 9}]
	fmt.Println(v, ok)
	delete(visits, Point{0, 0})
	fmt.Println(len(visits))
	counts := map[string]*int{}
	for _, w := range []string{"a", "b", "a"} {
		if counts[w] == nil {
			counts[w] = new(int)
		}
		*counts[w]++
	}
	fmt.Println(*counts["a"], *counts["b"])
	defer func() { fmt.Println("recovered:", recover()) }()
	ifaceKey[[]int{1}] = 6
}
