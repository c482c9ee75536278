package main

import "fmt"

type Namer interface{ Name() string }

type Greeter interface {
	Namer
	Greet(to string) string
}

type Base struct{ id int }

func (b Base) Name() string            { return fmt.Sprint("base#", b.id) }
func (b *Base) Greet(to string) string { return "hello " + to + " from " + b.Name() }
func (b *Base) Bump()                  { b.id++ }

// Embeds a value: Name in T's and *T's method sets, Greet only in *T's.
type Derived struct {
	Base
	extra string
}

// Embeds a pointer: both methods in the value's method set.
type ViaPtr struct {
	*Base
	tag int
}

// Embeds an interface.
type Wrapped struct {
	Namer
	n int
}

func (w Wrapped) Greet(to string) string { return "wrapped(" + w.Name() + ") greets " + to }

type Pair struct{ a, b int }

func (p Pair) Name() string { return fmt.Sprint("pair ", p.a, "+", p.b, "=", p.a+p.b) }

type Word string

func (w Word) Name() string { return "word " + string(w) }

func show(n Namer) { fmt.Println(n.Name()) }

func greet(g Greeter, to string) { fmt.Println(g.Greet(to)) }

func main() {
	d := Derived{Base{1}, "x"}
	show(d)
	show(&d)
	greet(&d, "ann")
	d.Bump()
	show(d)

	v := ViaPtr{&Base{10}, 0}
	show(v)
	greet(v, "bob")
	v.Bump()
	greet(v, "cid")

	w := Wrapped{Pair{2, 3}, 0}
	show(w)
	greet(w, "dee")
	w.Namer = Word("go")
	greet(w, "eve")

	// Interface to interface.
	var g Greeter = &d
	var n Namer = g
	show(n)
	var any1 interface{} = n
	if g2, ok := any1.(Greeter); ok {
		greet(g2, "fay")
	}
	if _, ok := any1.(interface{ Bump() }); ok {
		fmt.Println("has Bump")
	}
	var any2 interface{} = d // a Derived value: no Greet, no Bump
	_, ok1 := any2.(Greeter)
	_, ok2 := any2.(Namer)
	fmt.Println(ok1, ok2)
	n2 := any2.(Namer)
	show(n2)

	// Values are copied into interfaces.
	p := Pair{1, 1}
	n = p
	p.a = 100
	show(n)
	show(p)

	// A slice of interfaces with mixed dynamic types.
	list := []Namer{Word("a"), Pair{4, 5}, &d, v, w}
	for i, x := range list {
		fmt.Println(i, x.Name())
	}
}
