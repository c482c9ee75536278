package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
}

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
	a := Version{1, 2, 3}
	b := Version{1, 2, 3}
	c := Version{1, 10, 0}
	fmt.Println(a == b, a != c, a.Less(c), c.Less(a))
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	point := struct {
		X, Y int
		Tag  string
	}{1, 2, "p"}
	other := struct {
		X, Y int
		Tag  string
	}{1, 2, "p"}
	fmt.Println(point == other, point)
	fmt.Printf("%+v %T\n", point, point)
	tests := []struct {
		in   string
		want int
	}{
		{"a", 1},
		{"bb", 2},
		{"ccc", 4},
	}
	for _, tt := range tests {
		got := len(tt.in)
		status := "PASS"
		if got != tt.want {
			status = "FAIL"
		}
		fmt.Printf("%s len(%q)=%d want %d\n", status, tt.in, got, tt.want)
	}
	type pair struct {
		a [2]int
		s string
	}
	seen := map[pair]bool{}
	seen[pair{[2]int{1, 2}, "x"}] = true
	fmt.Println(seen[pair{[2]int{1, 2}, "x"}], seen[pair{[2]int{2, 1}, "x"}])
	var zero Version
	fmt.Println(zero == Version{}, zero)
	arr1 := [3]string{"a", "b"}
	arr2 := [3]string{"a", "b", ""}
	fmt.Println(arr1 == arr2)
	var e1, e2 interface{} = Version{1, 0, 0}, Version{1, 0, 0}
	fmt.Println(e1 == e2)
}
