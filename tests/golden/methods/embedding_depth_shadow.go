package main

import "fmt"

type A struct{ Name string }

func (A) Hello() string   { return "A.Hello" }
func (a A) Who() string   { return "A:" + a.Name }

type B struct {
	A
	Name string
}

func (B) Hello() string { return "B.Hello" }

type C struct {
	B
	Extra int
}

func main() {
	c := C{B: B{A: A{Name: "inner"}, Name: "outer"}, Extra: 1}
	fmt.Println(c.Name, c.B.Name, c.A.Name, c.B.A.Name)
	fmt.Println(c.Hello(), c.A.Hello(), c.Who())
	c.A.Name = "changed"
	fmt.Println(c.Who())
	fmt.Printf("%+v\n", c)
	type Helloer interface{ Hello() string }
	var hs = []Helloer{c, c.B, c.A, &c}
	for _, h := range hs {
		fmt.Print(h.Hello(), " ")
	}
	fmt.Println()
}
