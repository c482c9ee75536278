package main

import (
	"fmt"
	"strconv"
)

func parseAll(inputs []string) (nums []int, errs []string) {
	for _, in := range inputs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					errs = append(errs, fmt.Sprintf("%q: %v", in, r))
				}
			}()
			n, err := strconv.Atoi(in)
			if err != nil {
				panic(err)
			}
			if n < 0 {
				panic("negative number")
			}
			nums = append(nums, 100/n)
		}()
	}
	return
}

func main() {
	nums, errs := parseAll([]string{"4", "x", "-2", "0", "50"})
	fmt.Println(nums)
	for _, e := range errs {
		fmt.Println(e)
	}
}
