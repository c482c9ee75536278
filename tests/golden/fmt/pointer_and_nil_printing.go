package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{1, nil}
	fmt.Printf("%v %+v\n", n, n)
	fmt.Println(n.Next, n.Next == nil)
	var e error
	var s fmt.Stringer
	var i interface{}
	var m map[string]int
	var sl []int
	var f func()
	var ch chan int
	fmt.Println(e, s, i, m, sl, f == nil, ch)
	fmt.Printf("%v %v %v %v %d\n", e, i, m, sl, sl)
	fmt.Printf("%+v %#v %T\n", i, i, i)
	fmt.Printf("%s|%d|%t\n", e, i, i)
	pp := &[]int{1, 2}
	pm := &map[string]int{"a": 1}
	fmt.Println(pp, pm)
	pa := &[2]string{"x", "y"}
	fmt.Printf("%v %+v\n", pa, pa)
}
