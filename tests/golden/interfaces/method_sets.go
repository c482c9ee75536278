package main

import "fmt"

type Mover interface{ Move(dx int) }
type Positioner interface{ Pos() int }

type Robot struct{ x int }

func (r *Robot) Move(dx int) { r.x += dx }
func (r Robot) Pos() int     { return r.x }

type Fleet []Mover

func main() {
	r := Robot{}
	var m Mover = &r
	m.Move(5)
	var p Positioner = r
	fmt.Println(r.x, p.Pos())
	var pp Positioner = &r
	m.Move(1)
	fmt.Println(p.Pos(), pp.Pos())
	fleet := Fleet{&Robot{}, &Robot{x: 10}, &r}
	for _, f := range fleet {
		f.Move(2)
	}
	for _, f := range fleet {
		fmt.Print(f.(Positioner).Pos(), " ")
	}
	fmt.Println()
	var i interface{} = r
	_, isMover := i.(Mover)
	_, isPos := i.(Positioner)
	fmt.Println(isMover, isPos)
	i = &r
	_, isMover = i.(Mover)
	fmt.Println(isMover)
}
