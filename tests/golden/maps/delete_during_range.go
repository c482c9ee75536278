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
		if k%3 != 0 {
			delete(m, k)
		}
	}
	var keys []int
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(len(m), keys)

	// deleting all keys while ranging
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	delete(m, 12345) // no-op
	var nilMap map[string]int
	delete(nilMap, "x") // no-op on nil map
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for range nilMap {
		fmt.Println("never")
	}
}
