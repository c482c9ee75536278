package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) TopoSort() ([]string, error) {
	indeg := map[string]int{}
	for n, outs := range g {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, o := range outs {
			indeg[o]++
		}
	}
	var queue []string
	for n, d := range indeg {
		if d == 0 {
			queue = append(queue, n)
		}
	}
	sort.Strings(queue)
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		next := append([]string(nil), g[n]...)
		sort.Strings(next)
		for _, o := range next {
			indeg[o]--
			if indeg[o] == 0 {
				queue = append(queue, o)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("cycle detected: %d of %d sorted", len(order), len(indeg))
	}
	return order, nil
}

func main() {
	g := Graph{"shirt": {"tie", "belt"}, "tie": {"jacket"}, "pants": {"shoes", "belt"}, "belt": {"jacket"}, "socks": {"shoes"}}
	fmt.Println(g.TopoSort())
	g["jacket"] = []string{"shirt"}
	fmt.Println(g.TopoSort())
	memo := map[[2]int]int{}
	var paths func(r, c int) int
	paths = func(r, c int) int {
		if r == 0 || c == 0 {
			return 1
		}
		k := [2]int{r, c}
		if v, ok := memo[k]; ok {
			return v
		}
		memo[k] = paths(r-1, c) + paths(r, c-1)
		return memo[k]
	}
	fmt.Println(paths(16, 16), len(memo))
}
