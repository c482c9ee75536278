package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

type Valuer interface{ Value() int }
type Incer interface {
	Inc()
	Value() int
}

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c.Value())
	var v Valuer = c
	var v2 Valuer = &c
	c.Inc()
	fmt.Println(v.Value(), v2.Value())
	var i Incer = &c
	i.Inc()
	fmt.Println(c.n, i.Value())
	f := c.Value
	g := (&c).Inc
	g()
	g()
	fmt.Println(f(), c.Value())
	h := Counter.Value
	k := (*Counter).Inc
	k(&c)
	fmt.Println(h(c))
	_, ok := v.(Incer)
	_, ok2 := v2.(Incer)
	fmt.Println(ok, ok2)
	fmt.Printf("%T %T %T\n", h, k, v2)
}
