package main

import (
	"fmt"
	"sort"
)

func main() {
	counts := map[[2]int]int{}
	moves := [][2]int{{0, 1}, {1, 0}, {0, 1}, {-1, 0}, {0, 1}, {1, 0}}
	for _, m := range moves {
		counts[m]++
	}
	fmt.Println(counts)

	anagrams := map[[26]byte][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"} {
		var sig [26]byte
		for _, c := range w {
			sig[c-'a']++
		}
		anagrams[sig] = append(anagrams[sig], w)
	}
	var groups []string
	for _, g := range anagrams {
		sort.Strings(g)
		groups = append(groups, fmt.Sprint(g))
	}
	sort.Strings(groups)
	for _, g := range groups {
		fmt.Println(g)
	}
	type key [3]string
	m := map[key]int{{"a", "b", "c"}: 1}
	fmt.Println(m[key{"a", "b", "c"}], m[key{"a", "b"}])
}
