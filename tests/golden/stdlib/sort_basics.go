package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 9, 0, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	floats := []float64{2.5, -1, 3.25, 0, -0.5}
	sort.Float64s(floats)
	fmt.Println(floats, sort.Float64sAreSorted(floats))
	fmt.Println(sort.SearchInts(ints, 8), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100), sort.SearchInts(ints, -5))
	fmt.Println(sort.SearchStrings(strs, "banana"), sort.SearchFloat64s(floats, 0))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first i with i*i >= 50:", i)
	data := []int{1, 3, 5, 7, 9}
	target := 6
	idx := sort.Search(len(data), func(i int) bool { return data[i] >= target })
	fmt.Println("insert", target, "at", idx)
	data = append(data, 0)
	copy(data[idx+1:], data[idx:])
	data[idx] = target
	fmt.Println(data)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(empty))
}
