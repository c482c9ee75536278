package main

import "fmt"

func main() {
	count := 0
	if count == nil { // ERROR "invalid operation: count == nil \(mismatched types int and"
		fmt.Println("nil")
	}
}
