package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{9, 2, 7, 2, 5, 11, -3}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	for _, t := range []int{-5, 2, 6, 11, 20} {
		fmt.Print(sort.SearchInts(xs, t), " ")
	}
	fmt.Println()
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs, sort.SearchFloat64s(fs, 1))
	ss := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(ss)
	fmt.Println(ss, sort.SearchStrings(ss, "b"))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first square >= 50:", i)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	sort.Sort(sort.StringSlice(ss))
	fmt.Println(ss, sort.StringsAreSorted(ss))
	idx := sort.Search(len(xs), func(i int) bool { return xs[i] <= 5 })
	fmt.Println(idx, xs[idx])
}
