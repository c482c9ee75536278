package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrCycle = errors.New("dependency cycle")

func topoSort(deps map[string][]string) ([]string, error) {
	indeg := map[string]int{}
	rev := map[string][]string{}
	for n, ds := range deps {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, d := range ds {
			if _, ok := indeg[d]; !ok {
				indeg[d] = 0
			}
			indeg[n]++
			rev[d] = append(rev[d], n)
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	sort.Strings(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		next := rev[n]
		sort.Strings(next)
		for _, m := range next {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
				sort.Strings(ready)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("sorted %d of %d: %w", len(order), len(indeg), ErrCycle)
	}
	return order, nil
}

type UnionFind struct {
	parent, rank []int
	sets         int
}

func NewUF(n int) *UnionFind {
	u := &UnionFind{make([]int, n), make([]int, n), n}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	u.sets--
	return true
}

func main() {
	deps := map[string][]string{
		"app":    {"lib", "log", "config"},
		"lib":    {"log", "util"},
		"config": {"util"},
		"log":    {},
		"test":   {"app"},
	}
	order, err := topoSort(deps)
	fmt.Println(order, err)
	deps["util"] = []string{"app"}
	order, err = topoSort(deps)
	fmt.Println(order, err, errors.Is(err, ErrCycle))
	uf := NewUF(8)
	edges := [][2]int{{0, 1}, {2, 3}, {1, 2}, {4, 5}, {3, 0}, {6, 6}}
	for _, e := range edges {
		fmt.Printf("union(%d,%d)=%v ", e[0], e[1], uf.Union(e[0], e[1]))
	}
	fmt.Println()
	fmt.Println("sets:", uf.sets, uf.Find(3) == uf.Find(0), uf.Find(4) == uf.Find(6))
}
