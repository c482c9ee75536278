package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}
func (l *IntList) Push(v int) { *l = append(*l, v) }
func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] > l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }
func (s Set) Keys() string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

func main() {
	var l IntList
	for _, v := range []int{5, 1, 9, 3} {
		l.Push(v)
	}
	sort.Sort(l)
	fmt.Println(l, l.Sum(), l.Len())
	s := Set{}
	s.Add("pear")
	s.Add("apple")
	s.Add("pear")
	fmt.Println(s.Keys(), len(s))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply3(1, 2, 3), Op(func(a, b int) int { return a * b }).Apply3(2, 3, 4))
}
