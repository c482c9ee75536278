package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Wrapper struct {
	V interface{}
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := a
	c.Name = "c"
	fmt.Println(a == b, a == c, a != c)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	var i1, i2 interface{} = 1, 1
	var i3 interface{} = int64(1)
	var i4 interface{} = "1"
	fmt.Println(i1 == i2, i1 == i3, i1 == i4)
	var e1, e2 interface{} = a, b
	fmt.Println(e1 == e2)
	fmt.Println(Wrapper{1} == Wrapper{1}, Wrapper{"x"} == Wrapper{1})
	arr1 := [3]string{"a", "b", "c"}
	arr2 := [3]string{"a", "b", "c"}
	fmt.Println(arr1 == arr2)
	type K struct {
		A [2]int
		B string
	}
	m := map[K]int{{[2]int{1, 2}, "x"}: 5}
	fmt.Println(m[K{[2]int{1, 2}, "x"}])
	var nilp *P
	var ni interface{} = nilp
	fmt.Println(ni == nil, nilp == nil)
	ch1 := make(chan int)
	ch2 := ch1
	fmt.Println(ch1 == ch2, ch1 == make(chan int))
	defer func() { fmt.Println("recovered:", recover()) }()
	var s1, s2 interface{} = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}
