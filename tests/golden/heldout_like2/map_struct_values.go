package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	m := map[string]Stats{}
	data := []struct {
		k string
		v float64
	}{{"a", 1}, {"b", 2}, {"a", 3}, {"c", 4}, {"b", 5}}
	for _, d := range data {
		s := m[d.k]
		s.Count++
		s.Sum += d.v
		m[d.k] = s
	}
	pm := map[string]*Stats{}
	for _, d := range data {
		if pm[d.k] == nil {
			pm[d.k] = &Stats{}
		}
		pm[d.k].Count++
		pm[d.k].Sum += d.v
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %+v %+v\n", k, m[k], *pm[k])
	}
	fmt.Println(m)
	groups := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "c"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups, len(groups[7]), groups[7] == nil)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)
	v, ok := m["zzz"]
	fmt.Println(v, ok)
	var nilm map[string]int
	fmt.Println(len(nilm), nilm["x"], nilm == nil)
	delete(nilm, "x")
	for range nilm {
		fmt.Println("never")
	}
	sets := map[[2]int]struct{}{}
	sets[[2]int{1, 2}] = struct{}{}
	sets[[2]int{1, 2}] = struct{}{}
	fmt.Println(len(sets), sets)
}
