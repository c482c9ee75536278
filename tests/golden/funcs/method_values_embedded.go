package main

import (
	"fmt"
	"strings"
)

type Base struct{ id int }

func (b *Base) Bump(by ...int) int {
	for _, x := range by {
		b.id += x
	}
	return b.id
}

func (b Base) Describe(prefix string, rest ...string) string {
	return fmt.Sprint(prefix, b.id, rest)
}

type Outer struct {
	*Base
	name string
}

type Inner struct {
	Base
	tag string
}

func main() {
	var sb strings.Builder
	write := sb.WriteString
	write("hello ")
	write("world")
	fmt.Println(sb.String(), sb.Len())

	o := Outer{&Base{1}, "o"}
	bump := o.Bump
	bump(1, 2, 3)
	fmt.Println(o.id, bump(), o.Describe("id=", "a", "b"))
	desc := o.Describe
	o.id = 100
	fmt.Println(desc(">"), desc(">", "x"))

	in := Inner{Base{5}, "t"}
	ib := in.Bump
	ib(10)
	fmt.Println(in.id)
	fe := Inner.Describe
	fmt.Println(fe(in, "inner:"))
	bumpExpr := (*Base).Bump
	fmt.Println(bumpExpr(&in.Base, 1, 1))
	join := strings.Join
	fields := strings.Fields
	fmt.Println(join(fields("  a b   c "), "-"))
}
