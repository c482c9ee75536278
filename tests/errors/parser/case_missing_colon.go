package main

import "fmt"

func main() {
	switch x := 2; x {
	case 1 // ERROR "syntax error: unexpected newline, expecting :"
		fmt.Println("one")
	}
}
