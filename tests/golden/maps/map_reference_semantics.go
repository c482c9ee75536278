package main

import "fmt"

func fill(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m[fmt.Sprintf("k%02d", i)] = i * i
	}
}

func replace(m map[string]int) {
	m = map[string]int{"new": 1}
	m["other"] = 2
}

type Registry struct{ items map[string]int }

func (r Registry) Put(k string, v int) { r.items[k] = v }

func main() {
	m := make(map[string]int)
	fill(m, 5)
	fmt.Println(len(m), m["k03"])
	replace(m)
	fmt.Println(len(m), m["new"])
	alias := m
	alias["k00"] = -1
	fmt.Println(m["k00"])
	r := Registry{items: map[string]int{}}
	r.Put("a", 1)
	r2 := r
	r2.Put("b", 2)
	fmt.Println(r.items, r2.items)
	big := make(map[int]int, 1000)
	for i := 0; i < 5000; i++ {
		big[i%1234] += i
	}
	fmt.Println(len(big), big[0], big[1233])
}
