package main

import "fmt"

func main() {
	x := 5
	if 0 < x < 10 { // ERROR "invalid operation: 0 < x < 10 \(mismatched types untyped"
		fmt.Println("in range")
	}
}
