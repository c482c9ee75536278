package main

import "fmt"

func main() {
	n := 1
	case n == 1: // ERROR "syntax error: unexpected case, expecting \}"
		fmt.Println("one")
}
