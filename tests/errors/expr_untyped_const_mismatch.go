package main

import "fmt"

func main() {
	var f float64 = 1.5
	var n int = 2
	fmt.Println(f + n) // ERROR "invalid operation: f \+ n \(mismatched types float64 and int\)"
}
