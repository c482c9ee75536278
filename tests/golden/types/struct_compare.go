package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Key struct {
	Name string
	ID   [2]int
}

func main() {
	p1, p2, p3 := Point{1, 2}, Point{1, 2}, Point{2, 1}
	fmt.Println(p1 == p2, p1 == p3, p1 != p3)
	l1 := Line{p1, p3, "x"}
	l2 := Line{p2, p3, "x"}
	fmt.Println(l1 == l2)
	l2.Label = "y"
	fmt.Println(l1 == l2)
	counts := map[Key]int{}
	counts[Key{"a", [2]int{1, 2}}]++
	counts[Key{"a", [2]int{1, 2}}]++
	counts[Key{"a", [2]int{2, 1}}]++
	fmt.Println(len(counts), counts[Key{"a", [2]int{1, 2}}])
	var zero Point
	fmt.Println(zero == Point{}, p1 == Point{X: 1, Y: 2})
	pa, pb := &Point{1, 1}, &Point{1, 1}
	fmt.Println(pa == pb, *pa == *pb)
	var i1, i2 interface{} = p1, p2
	fmt.Println(i1 == i2)
	arr1 := [3]Point{{1, 1}}
	arr2 := [3]Point{{1, 1}, {}, {0, 0}}
	fmt.Println(arr1 == arr2)
	fmt.Println(counts)
}
