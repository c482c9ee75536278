package main

import "fmt"

func main() {
	input := "5"
	if input == 5 { // ERROR "invalid operation: input == 5 \(mismatched types string and"
		fmt.Println("five")
	}
}
