package main

import "fmt"

func search(xs []int, target int) (int, int) {
	lo, hi := 0, len(xs)
	steps := 0
	for lo < hi {
		steps++
		mid := int(uint(lo+hi) >> 1)
		switch {
		case xs[mid] == target:
			return mid, steps
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return -1, steps
}

func main() {
	xs := make([]int, 0, 50)
	for i := 0; i < 50; i++ {
		xs = append(xs, i*3)
	}
	for _, t := range []int{0, 3, 75, 147, 148, 1000, -1} {
		idx, steps := search(xs, t)
		fmt.Printf("search %4d -> index %3d in %d steps\n", t, idx, steps)
	}
}
