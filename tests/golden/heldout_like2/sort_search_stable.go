package main

import (
	"fmt"
	"sort"
	"strings"
)

type rec struct {
	key   string
	order int
}

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 12}
	for _, x := range []int{0, 1, 3, 4, 12, 13} {
		fmt.Printf("SearchInts(%d)=%d ", x, sort.SearchInts(a, x))
	}
	fmt.Println()
	i := sort.Search(len(a), func(i int) bool { return a[i] > 3 })
	fmt.Println("first >3 at", i, a[i])
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	recs := []rec{{"b", 1}, {"a", 2}, {"b", 3}, {"c", 4}, {"a", 5}, {"b", 6}, {"a", 7}}
	sort.SliceStable(recs, func(i, j int) bool { return recs[i].key < recs[j].key })
	fmt.Println(recs)
	words := strings.Fields("banana Apple cherry apple Banana date fig Cherry")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.SliceStable(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	guess := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println("isqrt ceil 50 =", guess)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	fmt.Println(big[:10], sort.IntsAreSorted(big))
	fmt.Println(sort.SliceIsSorted(recs, func(i, j int) bool { return recs[i].key < recs[j].key }))
}
