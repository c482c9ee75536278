package main

import "fmt"

type Iter func() (int, bool)

func rangeIter(lo, hi int) Iter {
	return func() (int, bool) {
		if lo >= hi {
			return 0, false
		}
		lo++
		return lo - 1, true
	}
}

func filter(it Iter, keep func(int) bool) Iter {
	return func() (int, bool) {
		for {
			v, ok := it()
			if !ok || keep(v) {
				return v, ok
			}
		}
	}
}

func mapIter(it Iter, f func(int) int) Iter {
	return func() (int, bool) {
		v, ok := it()
		if !ok {
			return 0, false
		}
		return f(v), true
	}
}

func take(it Iter, n int) []int {
	var out []int
	for len(out) < n {
		v, ok := it()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	evens := filter(rangeIter(0, 100), func(x int) bool { return x%2 == 0 })
	cubes := mapIter(evens, func(x int) int { return x * x * x })
	fmt.Println(take(cubes, 5))
	fmt.Println(take(cubes, 3))
	fmt.Println(take(filter(rangeIter(0, 10), func(x int) bool { return x > 7 }), 5))
}
