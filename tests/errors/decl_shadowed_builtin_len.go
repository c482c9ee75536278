package main

import "fmt"

func main() {
	len := 3
	items := []int{1, 2, 3}
	fmt.Println(items, len)
	fmt.Println(len(items)) // ERROR "invalid operation: cannot call non-function len \(variable"
}
