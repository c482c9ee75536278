package main

import "fmt"

func main() {
	ok := true
	if ok {
		fmt.Println("yes")
	}; else { // ERROR "syntax error: unexpected else, expecting \}"
		fmt.Println("no")
	}
}
