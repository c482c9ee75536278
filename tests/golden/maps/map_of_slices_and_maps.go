package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat sat on the mat the end"
	positions := map[string][]int{}
	for i, w := range strings.Fields(text) {
		positions[w] = append(positions[w], i)
	}
	fmt.Println(positions)

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b]++
	}
	pairs := [][2]string{{"x", "y"}, {"x", "z"}, {"y", "x"}, {"x", "y"}}
	for _, p := range pairs {
		add(p[0], p[1])
	}
	fmt.Println(nested, len(nested["x"]), nested["q"]["r"])

	byLen := map[int][]string{}
	for w := range positions {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	var lens []int
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		sort.Strings(byLen[l])
		fmt.Println(l, byLen[l])
	}
}
