package main

import "fmt"

func main() {
	word := "hello"
	if word[0] == "h" { // ERROR "invalid operation: word\[0\] == \"h\" \(mismatched types byte"
		fmt.Println("starts with h")
	}
}
