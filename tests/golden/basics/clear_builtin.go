// vitro:go1.22
package main

import "fmt"

type Cache struct {
	hits map[string]int
	ring []string
}

func (c *Cache) Reset() {
	clear(c.hits)
	clear(c.ring)
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m == nil)
	m["d"] = 4
	fmt.Println(m)
	s := []int{1, 2, 3, 4, 5}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	clear(s)
	fmt.Println(s, len(s))
	ptrs := []*int{new(int), new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, ptrs[1] == nil)
	var nilMap map[int]bool
	clear(nilMap)
	var nilSlice []string
	clear(nilSlice)
	fmt.Println(len(nilMap), len(nilSlice))
	c := &Cache{hits: map[string]int{"x": 9}, ring: []string{"p", "q"}}
	c.Reset()
	fmt.Printf("%v %q\n", c.hits, c.ring)
	type pt struct{ X, Y int }
	pts := []pt{{1, 2}, {3, 4}}
	clear(pts[:1])
	fmt.Println(pts)
}
