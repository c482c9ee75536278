package main

import "fmt"

func main() {
	x := 4
	if x > 3 {
		fmt.Println("big")
	}
	else { // ERROR "syntax error: unexpected else, expecting \\}"
		fmt.Println("small")
	}
}
