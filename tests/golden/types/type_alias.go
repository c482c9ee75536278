package main

import "fmt"

type Celsius = float64

type IntList = []int

type Pair struct{ A, B int }

type P = Pair

func (p Pair) Sum() int { return p.A + p.B }

type Handler = func(string) string

func apply(h Handler, s string) string { return h(s) }

func main() {
	var t Celsius = 21.5
	var f float64 = t
	fmt.Printf("%T %v %v\n", t, t, f)
	xs := IntList{3, 1, 2}
	var ys []int = xs
	ys[0] = 30
	fmt.Printf("%T %v\n", xs, xs)
	p := P{1, 2}
	fmt.Println(p.Sum())
	fmt.Printf("%T %+v\n", p, p)
	var q Pair = p
	fmt.Println(q == p)
	fmt.Println(apply(func(s string) string { return s + s }, "ab"))
	var b byte = 'x'
	var u uint8 = b
	var r rune = 'y'
	var i32 int32 = r
	fmt.Printf("%T %T %v %v\n", b, r, u, i32)
	var anything any = 5
	var iface interface{} = anything
	fmt.Println(iface)
}
