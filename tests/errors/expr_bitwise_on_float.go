package main

import "fmt"

func main() {
	mask := 0.5
	fmt.Println(mask & 1) // ERROR "invalid operation: operator & not defined on mask \(variable"
}
