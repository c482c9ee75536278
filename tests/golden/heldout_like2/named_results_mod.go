package main

import (
	"errors"
	"fmt"
)

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func multi() (a, b string, n int) {
	a, b = "first", "second"
	defer func() { a, b = b, a; n = len(a) + len(b) }()
	return a + "!", b, 0
}

func findErr(vals []int) (idx int, err error) {
	for idx = range vals {
		if vals[idx] < 0 {
			err = errors.New("negative")
			return
		}
	}
	idx = -1
	return
}

func accumulate() (total int) {
	for i := 1; i <= 4; i++ {
		defer func(v int) { total += v }(i)
	}
	return 100
}

func main() {
	fmt.Println(divide(7, 2))
	fmt.Println(divide(1, 0))
	fmt.Println(shadow())
	fmt.Println(multi())
	fmt.Println(findErr([]int{3, 4, -1, 5}))
	fmt.Println(findErr([]int{1}))
	fmt.Println(accumulate())
}
