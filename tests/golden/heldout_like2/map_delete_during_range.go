package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	keys := []int{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m), keys)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	seen := 0
	for k, v := range m2 {
		seen++
		delete(m2, "a")
		delete(m2, "b")
		delete(m2, "c")
		_, _ = k, v
	}
	fmt.Println("seen", seen, "left", len(m2))
	m3 := map[int]int{1: 1, 2: 2, 3: 3}
	for k, v := range m3 {
		m3[k] = v * 10
	}
	fmt.Println(m3)
	delete(m3, 42)
	fmt.Println(len(m3))
	m3[4] = 40
	delete(m3, 1)
	_, has1 := m3[1]
	fmt.Println(has1, m3)
}
