package main

import "fmt"

func main() {
	total := 10
	fmt.Println(total()) // ERROR "invalid operation: cannot call non-function total \(variable"
}
