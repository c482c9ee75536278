package main

import "fmt"

func main() {
	m1 := map[string]int{"a": 1}
	m2 := map[string]int{"a": 1}
	if m1 == m2 { // ERROR "invalid operation: m1 == m2 \(map can only be compared to"
		fmt.Println("same")
	}
}
