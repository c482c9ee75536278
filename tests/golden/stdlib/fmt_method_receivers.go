package main

import "fmt"

type Val struct{ v int }

func (v Val) String() string { return fmt.Sprintf("val %d", v.v) }

type Ptr struct{ v int }

func (p *Ptr) String() string { return fmt.Sprintf("ptr %d", p.v) }

type Mut struct{ n int }

func (m Mut) String() string {
	m.n++ // the receiver is a copy: the printed value never changes
	return fmt.Sprint("mut ", m.n)
}

type Go struct{ A int }

func (g Go) GoString() string { return fmt.Sprintf("Go{%d}", g.A) }
func (g Go) String() string   { return "go-string" }

type Holder struct {
	V   Val
	v   Val
	P   *Ptr
	G   Go
	Gs  []Go
	Any interface{}
	m   map[string]Val
}

func main() {
	var vp *Val
	var pp *Ptr
	fmt.Println(vp, pp == nil)
	fmt.Printf("%v %s %d %+v\n", vp, vp, vp, []*Val{vp})
	fmt.Println(Val{1}, &Val{2}, Ptr{3}, &Ptr{4})
	fmt.Printf("%v %+v\n", []Val{{5}}, []Ptr{{6}})
	m := Mut{1}
	fmt.Println(m, m, []Mut{m}, m.n)
	fmt.Printf("%v|%#v|%+v|%s\n", Go{1}, Go{2}, Go{3}, Go{4})
	fmt.Printf("%#v %#v\n", []Go{{4}, {5}}, map[string]Go{"k": {6}})
	h := Holder{Val{1}, Val{2}, nil, Go{3}, []Go{{4}}, Val{5}, map[string]Val{"a": {6}}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Printf("%#v\n", h)
	fmt.Printf("%v %d\n", struct{ x, Y Val }{Val{1}, Val{2}}, struct{ x, Y Val }{Val{1}, Val{2}})
	fmt.Println(map[Val]Val{{2}: {20}, {1}: {10}})
	fmt.Printf("%s|%q|%x|%10s|%-10v|\n", Val{7}, Val{7}, Val{7}, Val{7}, &Ptr{8})
	fmt.Printf("%T %T %p\n", Val{}, &Ptr{}, nil)
}
