package main

import "fmt"

func main() {
	n := len("abc")
	if n { // ERROR "non-boolean condition in if statement"
		fmt.Println("non-empty")
	}
}
