package main

import "fmt"

func main() {
	x := int // ERROR "int \(type\) is not an expression"
	fmt.Println(x)
}
