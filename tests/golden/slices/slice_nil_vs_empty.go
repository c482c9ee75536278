package main

import (
	"fmt"
	"strings"
)

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), a, b)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var s []string
	fmt.Println(strings.Join(s, ","), len(strings.Split("", ",")))
	for i, v := range a[:0] {
		fmt.Println(i, v)
	}
	d := a[1:]
	fmt.Println(d, len(d), d == nil)
	var e []int
	e = e[:0]
	fmt.Println(e == nil, len(e))
	var bs []byte
	fmt.Println(string(bs) == "", bs == nil)
	bs = append(bs, "abc"...)
	fmt.Println(string(bs))
}
