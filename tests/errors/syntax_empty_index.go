package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	y := xs[] // ERROR "syntax error: unexpected \], expecting operand"
	fmt.Println(y)
}
