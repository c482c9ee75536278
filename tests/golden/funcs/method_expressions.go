package main

import (
	"fmt"
	"strings"
)

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Normalize()         { l := v.X*v.X + v.Y*v.Y; v.X /= l; v.Y /= l }
func (v Vec) String() string      { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Text string

func (t Text) Upper() Text       { return Text(strings.ToUpper(string(t))) }
func (t Text) Repeat(n int) Text { return Text(strings.Repeat(string(t), n)) }

type Shouter interface{ Upper() Text }

func main() {
	add := Vec.Add
	scale := Vec.Scale
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}), scale(Vec{1, 2}, 3))
	norm := (*Vec).Normalize
	v := Vec{2, 0}
	norm(&v)
	fmt.Println(v)
	ptrAdd := (*Vec).Add
	fmt.Println(ptrAdd(&v, Vec{1, 1}))
	upper := Text.Upper
	rep := Text.Repeat
	fmt.Println(upper("go"), rep("ab", 3))
	ifaceMethod := Shouter.Upper
	fmt.Println(ifaceMethod(Text("iface")))
	ops := map[string]func(Vec, float64) Vec{"scale": Vec.Scale}
	fmt.Println(ops["scale"](Vec{1, 1}, 0.5))
	bound := Vec{10, 10}.Scale
	fmt.Println(bound(0.1))
	fmt.Printf("%T\n%T\n%T\n", add, norm, ifaceMethod)
}
