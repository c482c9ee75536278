package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b Base) Kind() string     { return "base" }

type Derived struct {
	Base
	Name string
}

func (d Derived) Kind() string { return "derived over " + d.Base.Kind() }

type A struct{ X int }
type B struct{ X int }

type Both struct {
	A
	B
	Y int
}

type Deep struct {
	Derived
	Extra bool
}

func main() {
	d := Derived{Base{1, "inner"}, "outer"}
	fmt.Println(d.Name, d.Base.Name)
	fmt.Println(d.Describe())
	fmt.Println(d.Kind())
	b := Both{A{1}, B{2}, 3}
	fmt.Println(b.A.X, b.B.X, b.Y)
	deep := Deep{Derived: d, Extra: true}
	fmt.Println(deep.ID, deep.Name, deep.Kind(), deep.Describe())
	deep.ID = 42
	fmt.Println(deep.Derived.Base.ID, d.ID)
	fmt.Printf("%+v\n", deep)
}
