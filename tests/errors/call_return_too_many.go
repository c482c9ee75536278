package main

import "fmt"

func divide(a, b int) int {
	return a / b, nil // ERROR "too many return values"
}

func main() {
	fmt.Println(divide(4, 2))
}
