package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b) // ERROR "invalid operation: a == b \(slice can only be compared to"
}
