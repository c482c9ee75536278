package main

import "fmt"

type Valuer interface{ Value() int }

type I int
type F float64
type S string
type B bool
type Arr [2]int
type St struct{ a, b int }
type Ptr struct{ x int }
type Fn func() int

func (v I) Value() int    { return int(v) }
func (v F) Value() int    { return int(v * 10) }
func (v S) Value() int    { return len(v) }
func (v B) Value() int {
	if v {
		return 1
	}
	return 0
}
func (v Arr) Value() int  { return v[0] + v[1] }
func (v St) Value() int   { return v.a * v.b }
func (v *Ptr) Value() int { return v.x }
func (v Fn) Value() int   { return v() }

func main() {
	vs := []Valuer{I(3), F(1.25), S("hello"), B(true), B(false), Arr{4, 5}, St{6, 7}, &Ptr{8},
		Fn(func() int { return 9 })}
	sum := 0
	for _, v := range vs {
		fmt.Printf("%T=%d ", v, v.Value())
		sum += v.Value()
	}
	fmt.Println()
	fmt.Println("sum", sum)
	fmt.Println(vs[0] == I(3), vs[5] == Arr{4, 5}, vs[6] == St{6, 7})
}
