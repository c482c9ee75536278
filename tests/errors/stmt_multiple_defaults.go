package main

import "fmt"

func main() {
	x := 1
	switch x {
	default:
		fmt.Println("a")
	case 1:
		fmt.Println("one")
	default: // ERROR "multiple defaults \(first at ./stmt_multiple_defaults.go:8:2\)"
		fmt.Println("b")
	}
}
