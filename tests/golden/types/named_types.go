package main

import (
	"fmt"
	"sort"
	"strings"
)

type StringSet map[string]struct{}

func (s StringSet) Add(v string)      { s[v] = struct{}{} }
func (s StringSet) Has(v string) bool { _, ok := s[v]; return ok }
func (s StringSet) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Counter int

func (c *Counter) Inc() { *c++ }

type Miles float64
type Kilometers float64

func (m Miles) ToKm() Kilometers { return Kilometers(m * 1.609344) }

func main() {
	s := StringSet{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(len(s), s.Has("a"), s.Has("z"), s.Sorted())
	p := Path{"usr", "local", "bin"}
	fmt.Println(p, len(p), p[1])
	p = append(p, "go")
	fmt.Println(p.String())
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c, int(c)+1)
	fmt.Printf("%.3f\n", Miles(26.2).ToKm())
	var raw []string = p
	fmt.Println(raw)
	type local int
	var l local = 5
	fmt.Printf("%T %v\n", l, l)
	fmt.Printf("%T %T\n", s, p)
}
