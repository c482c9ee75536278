package main

import "fmt"

func main() {
	a, b := 1, 0
	if a && b { // ERROR "invalid operation: operator && not defined on a \(variable"
		fmt.Println("both")
	}
}
