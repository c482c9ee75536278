package main

import "fmt"

type point struct {
	x, y int
	name string
}

func main() {
	var b bool
	var i int
	var i8 int8
	var u64 uint64
	var f32 float32
	var f64 float64
	var s string
	var r rune
	var by byte
	var p *int
	var sl []int
	var m map[string]int
	var ch chan int
	var fn func()
	var e error
	var a any
	var arr [3]int
	var pt point

	fmt.Println(b, i, i8, u64, f32, f64)
	fmt.Printf("%q %d %d\n", s, r, by)
	fmt.Println(p == nil, sl == nil, m == nil, ch == nil, fn == nil, e == nil, a == nil)
	fmt.Println(len(sl), cap(sl), len(m), len(s))
	fmt.Println(arr, pt)
	fmt.Printf("%+v\n", pt)
	fmt.Println(sl, m, e, a)
	fmt.Println(m["missing"])
}
