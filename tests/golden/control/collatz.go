package main

import "fmt"

func collatzLen(n int) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	best, bestN := 0, 0
	for n := 1; n < 10000; n++ {
		if l := collatzLen(n); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println("longest chain under 10000:", bestN, best)
	n := 27
	seq := []int{n}
	for n != 1 && len(seq) < 12 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	fmt.Println(seq)
	hist := make([]int, 5)
	for n := 1; n <= 100; n++ {
		hist[collatzLen(n)/30]++
	}
	fmt.Println(hist)
}
