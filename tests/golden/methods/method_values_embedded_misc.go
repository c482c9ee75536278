package main

import (
	"fmt"
	"strings"
)

type C struct{ n int }

func (c *C) Inc()      { c.n++ }
func (c C) Show() string { return fmt.Sprint("C", c.n) }

type W struct {
	C
	name string
}

type Printer interface{ Show() string }

type Multi struct {
	Printer
	extra int
}

func run(fs ...func()) {
	for _, f := range fs {
		f()
	}
}

func main() {
	var c C
	inc := c.Inc
	show := c.Show
	inc()
	inc()
	fmt.Println(c.n, show(), c.Show())
	w := W{C{5}, "w"}
	winc := w.Inc
	winc()
	fmt.Println(w.n, w.Show())
	run(c.Inc, w.Inc, w.C.Inc)
	fmt.Println(c.n, w.n)
	m := Multi{Printer: c}
	ms := m.Show
	fmt.Println(ms())
	var mm Multi
	func() {
		defer func() { fmt.Println("nil embedded iface:", recover()) }()
		f := mm.Show
		fmt.Println("not reached", f)
	}()
	cs := []C{{1}, {2}}
	for i := range cs {
		f := cs[i].Inc
		f()
	}
	fmt.Println(cs)
	pc := &cs[0]
	ps := pc.Show
	pc.n = 100
	fmt.Println(ps(), pc.Show())
	up := strings.ToUpper
	fields := strings.Fields
	fmt.Println(up("x"), fields(" a b "))
	rep := strings.NewReplacer("a", "1").Replace
	fmt.Println(rep("banana"))
	var sb strings.Builder
	write := sb.WriteString
	for _, s := range []string{"x", "y"} {
		write(s)
	}
	fmt.Println(sb.String(), sb.Len())
	exprs := []func(C) string{C.Show}
	_ = exprs
}

func (c *C) Show2(x C) string { return "" }
