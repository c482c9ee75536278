package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(-s) // ERROR "invalid operation: operator - not defined on s \(variable of"
}
