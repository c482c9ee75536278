package main

import "fmt"

func main() {
	for (i := 0; i < 3; i++) { // ERROR "syntax error: unexpected :=, expecting \)"
		fmt.Println(i)
	}
}
