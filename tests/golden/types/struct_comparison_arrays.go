package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
	Pre               string
}

type Pair [2]Version

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func main() {
	a := Version{1, 2, 3, ""}
	b := Version{1, 2, 3, ""}
	c := Version{1, 10, 0, "rc1"}
	fmt.Println(a == b, a == c, a != c, a.Less(c), c.Less(a))
	p1 := Pair{a, c}
	p2 := Pair{b, c}
	fmt.Println(p1 == p2)
	p2[1].Pre = ""
	fmt.Println(p1 == p2)
	anon1 := struct {
		X int
		Y string
	}{1, "y"}
	anon2 := struct {
		X int
		Y string
	}{1, "y"}
	fmt.Println(anon1 == anon2)
	type Point struct{ X, Y float64 }
	fmt.Println(Point{0, 0} == Point{}, Point{1, 2} == Point{1, 2.0})
	var ifA, ifB interface{} = a, b
	fmt.Println(ifA == ifB)
}
