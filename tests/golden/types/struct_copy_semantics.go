package main

import "fmt"

type Inner struct {
	Vals [2]int
	Refs []int
	M    map[string]int
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *Inner
}

func main() {
	shared := &Inner{Vals: [2]int{9, 9}}
	a := Outer{
		Name: "a",
		In:   Inner{Vals: [2]int{1, 2}, Refs: []int{1, 2}, M: map[string]int{"k": 1}},
		Ptr:  shared,
	}
	b := a
	b.Name = "b"
	b.In.Vals[0] = 100
	b.In.Refs[0] = 100
	b.In.M["k"] = 100
	b.Ptr.Vals[0] = 100
	fmt.Println(a.Name, a.In.Vals, a.In.Refs, a.In.M, a.Ptr.Vals)
	fmt.Println(b.Name, b.In.Vals, b.In.Refs, b.In.M, b.Ptr.Vals)
	arr := [2]Outer{a, b}
	arr2 := arr
	arr2[0].Name = "changed"
	fmt.Println(arr[0].Name, arr2[0].Name)
	m := map[string]Outer{"x": a}
	tmp := m["x"]
	tmp.Name = "tmp"
	fmt.Println(m["x"].Name)
	m["x"] = tmp
	fmt.Println(m["x"].Name)
	ptrs := map[string]*Outer{"x": &a}
	ptrs["x"].Name = "via pointer"
	fmt.Println(a.Name)
}
