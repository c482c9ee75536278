package main

import "fmt"

func main() {
	xs := []int{1, 2}
	len(xs) // ERROR "len\(xs\) \(value of type int\) is not used"
	fmt.Println(xs)
}
