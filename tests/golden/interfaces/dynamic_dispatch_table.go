package main

import (
	"fmt"
	"sort"
)

type Op interface {
	Name() string
	Apply(a, b int) int
}

type add struct{}
type sub struct{}
type mul struct{ scale int }
type pow struct{}

func (add) Name() string          { return "add" }
func (add) Apply(a, b int) int    { return a + b }
func (sub) Name() string          { return "sub" }
func (sub) Apply(a, b int) int    { return a - b }
func (m mul) Name() string        { return fmt.Sprintf("mul%d", m.scale) }
func (m mul) Apply(a, b int) int  { return a * b * m.scale }
func (*pow) Name() string         { return "pow" }
func (*pow) Apply(a, b int) int {
	r := 1
	for i := 0; i < b; i++ {
		r *= a
	}
	return r
}

func main() {
	ops := map[string]Op{}
	for _, o := range []Op{add{}, sub{}, mul{1}, mul{3}, &pow{}} {
		ops[o.Name()] = o
	}
	names := make([]string, 0, len(ops))
	for n := range ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-5s %4d %4d\n", n, ops[n].Apply(2, 5), ops[n].Apply(3, 3))
	}
}
