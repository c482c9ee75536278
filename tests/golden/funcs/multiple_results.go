package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func safeDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

func minMax(xs ...int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func sumPair(a, b int) int { return a + b }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	if v, err := safeDiv(1, 0); err != nil {
		fmt.Println("error:", err, v)
	}
	v, err := safeDiv(9, 4)
	fmt.Println(v, err)
	fmt.Println(minMax(4, -2, 9, 0))
	fmt.Println(swap(swap("a", "b")))
	fmt.Println(sumPair(divmod(23, 7)))
	_, hi := minMax(3)
	fmt.Println(hi)
}
