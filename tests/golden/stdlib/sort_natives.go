package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	x := []int{5, 2, 8, 1, 9, 3, 7, 7, 0}
	sort.IntSlice(x).Sort()
	fmt.Println(x, sort.IntSlice(x).Search(7), sort.IntSlice(x).Len(), sort.IntSlice(x).Less(0, 1), sort.IntsAreSorted(x))
	f := []float64{3, math.NaN(), 0, -1, math.Copysign(0, -1), 2.5, math.Inf(-1)}
	sort.Float64s(f)
	fmt.Println(f, sort.Float64sAreSorted(f), sort.SearchFloat64s(f, 2))
	s := []string{"pear", "apple", "fig", "banana", "apple"}
	sort.Strings(s)
	fmt.Println(s, sort.SearchStrings(s, "banana"), sort.StringSlice(s).Search("zzz"))
	fz := make([]float64, 100)
	for i := range fz {
		if i%3 == 0 {
			fz[i] = math.Copysign(0, -1)
		} else if i%3 == 1 {
			fz[i] = 0
		} else {
			fz[i] = float64(i % 7)
		}
	}
	sort.Float64s(fz)
	fmt.Println(fz)
	big := make([]int, 500)
	for i := range big {
		big[i] = (i * 7919) % 503
	}
	sort.Ints(big)
	fmt.Println(big[0], big[250], big[499], sort.IntsAreSorted(big), sort.SearchInts(big, 300))
}
