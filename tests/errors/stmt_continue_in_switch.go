package main

import "fmt"

func classify(n int) {
	switch {
	case n < 0:
		continue // ERROR "continue is not in a loop"
	default:
		fmt.Println(n)
	}
}

func main() {
	classify(1)
}
