package main

import "fmt"

type key struct{ n, k int }

var memo = map[key]int64{}

func binom(n, k int) int64 {
	if k == 0 || k == n {
		return 1
	}
	if v, ok := memo[key{n, k}]; ok {
		return v
	}
	v := binom(n-1, k-1) + binom(n-1, k)
	memo[key{n, k}] = v
	return v
}

func permutations(xs []int) [][]int {
	if len(xs) <= 1 {
		return [][]int{append([]int(nil), xs...)}
	}
	var out [][]int
	for i := range xs {
		rest := make([]int, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{xs[i]}, p...))
		}
	}
	return out
}

func subsets(xs []string) [][]string {
	if len(xs) == 0 {
		return [][]string{{}}
	}
	rest := subsets(xs[1:])
	out := append([][]string(nil), rest...)
	for _, s := range rest {
		out = append(out, append([]string{xs[0]}, s...))
	}
	return out
}

func main() {
	fmt.Println(binom(10, 5), binom(60, 30), len(memo) > 0)
	fmt.Println(permutations([]int{1, 2, 3}))
	fmt.Println(len(permutations([]int{1, 2, 3, 4, 5})))
	fmt.Println(subsets([]string{"a", "b", "c"}))
}
