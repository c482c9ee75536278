package main

import "fmt"

type Key struct {
	A int
	B string
}

type E struct{ msg string }

func (e E) Error() string { return e.msg }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 3, 3
	fmt.Println(a == b)
	a, b = 3, int64(3)
	fmt.Println(a == b)
	a, b = Key{1, "x"}, Key{1, "x"}
	fmt.Println(a == b)
	a = &Key{1, "x"}
	b = &Key{1, "x"}
	fmt.Println(a == b)
	p := &Key{2, "y"}
	a, b = p, p
	fmt.Println(a == b)
	var e1 error = E{"boom"}
	var e2 error = E{"boom"}
	var e3 error = &E{"boom"}
	fmt.Println(e1 == e2, e1 == e3)
	a = "str"
	fmt.Println(a == "str", a != "other")
	var s fmt.Stringer
	var i interface{} = s
	fmt.Println(i == nil)
	arr1 := [2]interface{}{1, "a"}
	arr2 := [2]interface{}{1, "a"}
	fmt.Println(arr1 == arr2)
}
