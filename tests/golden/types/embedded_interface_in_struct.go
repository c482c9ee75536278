package main

import (
	"fmt"
	"sort"
)

type Store interface {
	Get(key string) (string, bool)
	Set(key, value string)
}

type MapStore struct{ m map[string]string }

func (s *MapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *MapStore) Set(k, v string)             { s.m[k] = v }

type CountingStore struct {
	Store
	gets, sets int
}

func (c *CountingStore) Get(k string) (string, bool) {
	c.gets++
	return c.Store.Get(k)
}

type reverse struct {
	sort.Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	cs := &CountingStore{Store: &MapStore{m: map[string]string{}}}
	var s Store = cs
	s.Set("a", "1")
	s.Set("b", "2")
	v, ok := s.Get("a")
	_, missing := s.Get("zz")
	fmt.Println(v, ok, missing, cs.gets, cs.sets)
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
}
