package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	p := &nums[0]
	p++ // ERROR "invalid operation: p\+\+ \(non-numeric type \*int\)"
	fmt.Println(*p)
}
