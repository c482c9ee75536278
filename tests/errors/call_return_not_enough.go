package main

import (
	"errors"
	"fmt"
)

func find(xs []int, v int) (int, error) {
	for i, x := range xs {
		if x == v {
			return i // ERROR "not enough return values"
		}
	}
	return -1, errors.New("not found")
}

func main() {
	fmt.Println(find([]int{1}, 1))
}
