package main

import "fmt"

type Named interface{ Name() string }

type User struct{ name string }

func (u User) Name() string { return u.name }

func main() {
	var v interface{} = 42
	n, ok := v.(int)
	fmt.Println(n, ok)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)
	fmt.Println(v.(int) + 1)
	v = User{"ann"}
	if named, ok := v.(Named); ok {
		fmt.Println("named:", named.Name())
	}
	u := v.(User)
	fmt.Println(u.name)
	_, isPtr := v.(*User)
	fmt.Println(isPtr)
	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
	_, ok = nothing.(interface{})
	fmt.Println(ok)
	var nm Named = User{"bob"}
	var e interface{} = nm
	fmt.Println(e.(Named).Name(), e.(User).name)
	values := []interface{}{1, "a", 2.5, User{"c"}, nil, []int{1}}
	ints := 0
	for _, x := range values {
		if _, ok := x.(int); ok {
			ints++
		}
	}
	fmt.Println("ints:", ints)
	var b interface{} = byte(1)
	_, isUint8 := b.(uint8)
	_, isInt := b.(int)
	fmt.Println(isUint8, isInt)
}
