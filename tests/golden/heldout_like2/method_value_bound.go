package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()        { c.n++ }
func (c *Counter) Get() int    { return c.n }

func apply(fs ...func()) {
	for _, f := range fs {
		f()
	}
}

func main() {
	c := Counter{"a", 1}
	show := c.Show
	inc := c.Inc
	get := c.Get
	c.n = 10
	c.name = "changed"
	fmt.Println(show(), get())
	inc()
	inc()
	fmt.Println(c.n, show(), c.Show())
	apply(inc, inc, c.Inc)
	fmt.Println(c.n)
	p := &Counter{"p", 0}
	ps := p.Show
	p.n = 99
	fmt.Println(ps(), p.Show())
	fexpr := Counter.Show
	pexpr := (*Counter).Inc
	pexpr(p)
	fmt.Println(fexpr(*p), (*Counter).Show(p))
	methods := map[string]func() int{"get": c.Get, "getp": p.Get}
	fmt.Println(methods["get"](), methods["getp"]())
	arr := []Counter{{"x", 1}, {"y", 2}}
	var fns []func() string
	for _, a := range arr {
		fns = append(fns, a.Show)
	}
	for i := range arr {
		fns = append(fns, arr[i].Show)
		arr[i].n *= 100
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
