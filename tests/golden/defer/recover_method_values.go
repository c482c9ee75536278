package main

import "fmt"

type Guard struct{ name string }

func (g Guard) Recover() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught", r)
	}
}

func (g *Guard) Note(msg string) { fmt.Println(g.name, "note:", msg) }

func viaMethodValue() {
	g := Guard{"mv"}
	f := g.Recover
	defer f()
	panic("one")
}

func viaDirect() {
	g := &Guard{"direct"}
	defer g.Recover()
	defer g.Note("deferred with arg")
	g.name = "direct2"
	panic("two")
}

func main() {
	viaMethodValue()
	viaDirect()
	fmt.Println("done")
}
