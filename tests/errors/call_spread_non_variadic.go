package main

import "fmt"

func first(nums []int) int { return nums[0] }

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(first(xs...)) // ERROR "cannot use ... in call to non-variadic first"
}
