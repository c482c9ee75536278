package main

import "fmt"

func main() {
	line := "-" * 20 // ERROR "invalid operation: \"-\" \* 20 \(mismatched types untyped"
	fmt.Println(line)
}
