package main

import "fmt"

func main() {
	nums := []int{1, 2, "3"} // ERROR "cannot use \"3\" \(untyped string constant\) as int value in"
	fmt.Println(nums)
}
