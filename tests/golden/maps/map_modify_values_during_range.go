package main

import (
	"fmt"
	"sort"
)

func main() {
	prices := map[string]float64{"apple": 1.0, "pear": 2.5, "plum": 0.75, "fig": 3.0}
	for k, v := range prices {
		prices[k] = v * 1.1 // updating existing keys during range is safe
	}
	keys := make([]string, 0, len(prices))
	for k := range prices {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %.3f\n", k, prices[k])
	}
	inverse := make(map[float64]string, len(prices))
	for k, v := range prices {
		inverse[v] = k
	}
	fmt.Println(len(inverse), inverse[prices["fig"]])
	total := 0.0
	for _, v := range prices {
		total += v
	}
	fmt.Printf("%.4f\n", total)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
}
