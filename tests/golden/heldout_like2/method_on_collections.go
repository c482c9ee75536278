package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func (s Set) Add(items ...string) {
	for _, it := range items {
		s[it] = struct{}{}
	}
}
func (s Set) Has(x string) bool { _, ok := s[x]; return ok }
func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}

type IntList []int

func (l IntList) Sum() (t int) {
	for _, v := range l {
		t += v
	}
	return
}
func (l *IntList) Push(v int) { *l = append(*l, v) }
func (l IntList) Map(f func(int) int) IntList {
	out := make(IntList, len(l))
	for i, v := range l {
		out[i] = f(v)
	}
	return out
}
func (l IntList) String() string {
	parts := make([]string, len(l))
	for i, v := range l {
		parts[i] = fmt.Sprint(v)
	}
	return "<" + strings.Join(parts, ",") + ">"
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	a := Set{}
	a.Add("x", "y")
	b := Set{}
	b.Add("y", "z")
	fmt.Println(a.Has("x"), a.Has("z"), a.Union(b).Sorted(), len(a))
	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), l.Map(func(v int) int { return v * v }))
	fmt.Printf("%v %s %d\n", l, l, l)
	fmt.Println(Path{"usr", "local", "bin"}, Path(nil))
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r[0][1])
}
