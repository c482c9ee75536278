// structs: value semantics of struct boxes (NEW, BOX, COPY), fields through pointers,
// methods with value and pointer receivers.
package main

type Vec struct{ X, Y int }

func (v Vec) Sum() int { return v.X + v.Y }

func (v *Vec) Scale(k int) {
	v.X *= k
	v.Y *= k
}

func main() {
	a := Vec{1, 2}
	b := a
	b.Scale(3)
	p := &a
	p.X = 10
	println(a.Sum(), b.Sum(), a == b)
}
