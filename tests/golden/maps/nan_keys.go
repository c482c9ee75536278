package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[math.NaN()] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println("lookup NaN:", ok)
	m[0.0] = 10
	m[math.Copysign(0, -1)] = 20 // -0 == +0: same key
	m[math.Inf(1)] = 30
	fmt.Println(len(m), m[0])
	sum, nans := 0, 0
	var others []float64
	for k, v := range m {
		if k != k {
			nans++
			sum += v
		} else {
			others = append(others, k)
		}
	}
	sort.Float64s(others)
	fmt.Println(nans, sum, others)
	delete(m, nan)
	fmt.Println(len(m))
	clean := map[float64]int{}
	for k, v := range m {
		if k == k {
			clean[k] = v
		}
	}
	fmt.Println(clean)
}
