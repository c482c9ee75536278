package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []int
	M     map[string]int
	Iface interface{}
	f     float64
}

func main() {
	o := Outer{Name: "x", In: Inner{1, "b"}, List: []int{1, 2}, M: map[string]int{"k": 1}, Iface: 3, f: 1.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%T %T %T\n", o, o.Ptr, o.Iface)
	p := &Inner{2, "p"}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println([]*Inner{nil}[0] == nil, []Inner{{3, "c"}})
	fmt.Printf("%v\n", struct {
		X, Y int
		Z    []string
	}{1, 2, nil})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	fmt.Printf("%v %d\n", [3]bool{true}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%#v %#v\n", "q", 'x')
}
