package main

import "fmt"

func quicksort(xs []int) {
	if len(xs) < 2 {
		return
	}
	pivot := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < pivot {
			i++
		}
		for xs[j] > pivot {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	quicksort(xs[:j+1])
	quicksort(xs[i:])
}

func mergeSort(xs []int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	left, right := mergeSort(xs[:mid]), mergeSort(xs[mid:])
	out := make([]int, 0, len(xs))
	for len(left) > 0 && len(right) > 0 {
		if left[0] <= right[0] {
			out, left = append(out, left[0]), left[1:]
		} else {
			out, right = append(out, right[0]), right[1:]
		}
	}
	out = append(out, left...)
	return append(out, right...)
}

func main() {
	seed := uint32(12345)
	next := func() int {
		seed = seed*1103515245 + 12345
		return int(seed>>16) % 1000
	}
	xs := make([]int, 20)
	for i := range xs {
		xs[i] = next()
	}
	ys := append([]int(nil), xs...)
	fmt.Println(xs)
	quicksort(xs)
	fmt.Println(xs)
	fmt.Println(mergeSort(ys))
	fmt.Println(ys[:3])
}
