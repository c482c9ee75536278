package main

import "fmt"

type Resetter interface{ Reset() }
type Counter interface {
	Resetter
	Inc() int
}

type base struct{ n int }

func (b *base) Inc() int { b.n++; return b.n }
func (b *base) Reset()   { b.n = 0 }

type ByValue struct{ base }
type ByPointer struct{ *base }

func main() {
	v := &ByValue{}
	var c Counter = v // *ByValue has the promoted pointer methods
	c.Inc()
	c.Inc()
	fmt.Println(v.n, c.Inc())
	p := ByPointer{&base{10}}
	var c2 Counter = p // ByPointer (a value) has them through the embedded pointer
	c2.Inc()
	fmt.Println(p.n)
	c2.Reset()
	fmt.Println(p.n, p.base.n)
	_, ok := interface{}(ByValue{}).(Counter)
	_, ok2 := interface{}(&ByValue{}).(Counter)
	_, ok3 := interface{}(ByPointer{}).(Resetter)
	fmt.Println(ok, ok2, ok3)
}
