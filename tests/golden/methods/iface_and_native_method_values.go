package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q Sq) Name() string   { return "sq" }

type Rect struct{ w, h float64 }

func (r *Rect) Area() float64 { return r.w * r.h }
func (r *Rect) Name() string   { return "rect" }

type Inner struct{ v int }

func (i Inner) Get() int     { return i.v }
func (i *Inner) Set(v int)   { i.v = v }
func (i Inner) Sum(xs ...int) int {
	t := i.v
	for _, x := range xs {
		t += x
	}
	return t
}

type Outer struct {
	pad string
	Inner
}

type POuter struct {
	x int
	*Inner
}

type Holder struct {
	Shape
}

func main() {
	var s Shape = Sq{3}
	f := s.Area
	s = &Rect{2, 5}
	fmt.Println(f(), s.Area())
	g := Shape.Name
	fmt.Println(g(s), g(Sq{1}))
	h := Shape.Area
	fmt.Printf("%.1f %T\n", h(Sq{2}), h)
	fs := []func() string{}
	for _, sh := range []Shape{Sq{1}, &Rect{1, 1}} {
		fs = append(fs, sh.Name)
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	hd := Holder{Sq{4}}
	hf := hd.Area
	fmt.Println(hf())
	hg := Holder.Name
	fmt.Println(hg(hd))

	var sb strings.Builder
	ws := sb.WriteString
	ws("hello ")
	ws("world")
	fmt.Println(sb.String())
	w := os.Stdout.Write
	w([]byte("direct write\n"))
	var mu sync.Mutex
	lock, unlock := mu.Lock, mu.Unlock
	lock()
	fmt.Println("locked")
	unlock()
	var wg sync.WaitGroup
	wg.Add(1)
	done := wg.Done
	go func() { defer done(); fmt.Println("in goroutine") }()
	wg.Wait()

	o := Outer{"p", Inner{7}}
	get := Outer.Get
	fmt.Println(get(o))
	set := (*Outer).Set
	set(&o, 9)
	fmt.Println(o.v, (*Outer).Get(&o))
	sum := Outer.Sum
	fmt.Println(sum(o, 1, 2, 3))
	po := POuter{1, &Inner{5}}
	pget := POuter.Get
	pset := POuter.Set
	pset(po, 11)
	fmt.Println(pget(po), po.v)
	mv := o.Get
	o.v = 100
	fmt.Println(mv(), o.Get())
	wsExpr := (*strings.Builder).WriteString
	var sb2 strings.Builder
	wsExpr(&sb2, "expr")
	fmt.Println(sb2.String(), sb2.Len())
	lenExpr := (*strings.Builder).Len
	fmt.Println(lenExpr(&sb2))
}
