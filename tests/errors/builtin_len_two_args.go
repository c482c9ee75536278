package main

import "fmt"

func main() {
	a := []int{1}
	b := []int{2}
	fmt.Println(len(a, b)) // ERROR "invalid operation: too many arguments for len\(a, b\)"
}
