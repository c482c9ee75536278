package main

import "fmt"

func filterEven(xs []int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x%2 == 0 {
			out = append(out, x)
		}
	}
	return out
}

func removeAt(xs []string, i int) []string {
	return append(xs[:i], xs[i+1:]...)
}

func insertAt(xs []string, i int, v string) []string {
	xs = append(xs, "")
	copy(xs[i+1:], xs[i:])
	xs[i] = v
	return xs
}

func reverse(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func dedupe(xs []int) []int {
	if len(xs) == 0 {
		return xs
	}
	j := 1
	for i := 1; i < len(xs); i++ {
		if xs[i] != xs[j-1] {
			xs[j] = xs[i]
			j++
		}
	}
	return xs[:j]
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := filterEven(nums)
	fmt.Println(evens, nums)
	s := []string{"a", "b", "c", "d"}
	s = removeAt(s, 1)
	fmt.Println(s, len(s))
	s = insertAt(s, 0, "z")
	s = insertAt(s, 2, "y")
	fmt.Println(s)
	r := []int{1, 2, 3, 4, 5}
	reverse(r)
	fmt.Println(r)
	reverse(r[1:4])
	fmt.Println(r)
	fmt.Println(dedupe([]int{1, 1, 2, 3, 3, 3, 4, 1}))
	fmt.Println(dedupe(nil))
}
