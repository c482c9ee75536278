package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 31, "bob": 25, "carol": 40, "dave": 25}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Println(name, ages[name])
	}
	sum := 0
	for _, age := range ages {
		sum += age
	}
	fmt.Println("sum", sum)
	for name, age := range ages {
		if age < 30 {
			delete(ages, name)
		}
	}
	fmt.Println(ages)
	byAge := map[int][]string{}
	for _, name := range names {
		byAge[len(name)] = append(byAge[len(name)], name)
	}
	fmt.Println(byAge)
	var nilMap map[string]bool
	for k := range nilMap {
		fmt.Println("never", k)
	}
	fmt.Println(len(nilMap), nilMap["x"])
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
}
