package main

import "fmt"

func main() {
	s := "abc"
	for _, r := range s {
		if r == "a" { // ERROR "invalid operation: r == \"a\" \(mismatched types rune and"
			fmt.Println("found a")
		}
	}
}
