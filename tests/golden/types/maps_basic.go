package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["none"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "not there")
	fmt.Println(m)
	m2 := make(map[int]string, 10)
	m2[5] = "five"
	m2[-1] = "minus one"
	fmt.Println(m2)
	alias := m
	alias["four"] = 4
	fmt.Println(len(m), m["four"])
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[pair[0]] == nil {
			nested[pair[0]] = map[string]int{}
		}
		nested[pair[0]][pair[1]]++
	}
	fmt.Println(nested)
	words := []string{"the", "cat", "the", "hat", "the", "cat"}
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Println(k, freq[k])
	}
	fl := map[float64]string{1.5: "a", -2: "b"}
	fmt.Println(fl)
}
