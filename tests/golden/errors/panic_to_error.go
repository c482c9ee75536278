package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = fmt.Errorf("recovered: %w", re)
				return
			}
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("mustPositive: got %d", n))
	}
	return n
}

func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

var ErrCustom = errors.New("custom sentinel")

func main() {
	fmt.Println(safeDivide(10, 2))
	q, err := safeDivide(1, 0)
	fmt.Println(q, err)
	fmt.Println(try(func() { mustPositive(5) }))
	fmt.Println(try(func() { mustPositive(-2) }))
	fmt.Println(try(func() { panic(ErrCustom) }))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(try(func() {
		var arr []int
		_ = arr[3]
	}))
}
