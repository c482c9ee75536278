package main

import "fmt"

func movingAverage(xs []float64, k int) []float64 {
	var out []float64
	sum := 0.0
	for i, x := range xs {
		sum += x
		if i >= k {
			sum -= xs[i-k]
		}
		if i >= k-1 {
			out = append(out, sum/float64(k))
		}
	}
	return out
}

func chunk(xs []int, size int) [][]int {
	var chunks [][]int
	for size < len(xs) {
		xs, chunks = xs[size:], append(chunks, xs[0:size:size])
	}
	return append(chunks, xs)
}

func maxSubarray(xs []int) (best, from, to int) {
	best = xs[0]
	cur, start := 0, 0
	for i, x := range xs {
		if cur <= 0 {
			cur, start = x, i
		} else {
			cur += x
		}
		if cur > best {
			best, from, to = cur, start, i+1
		}
	}
	return
}

func main() {
	fmt.Println(movingAverage([]float64{1, 2, 3, 4, 5, 6}, 3))
	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunk([]int{1, 2}, 5))
	xs := []int{-2, 1, -3, 4, -1, 2, 1, -5, 4}
	best, from, to := maxSubarray(xs)
	fmt.Println(best, xs[from:to])
}
