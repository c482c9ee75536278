package main

import "fmt"

func main() {
	s := make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	fmt.Println(s)
}
