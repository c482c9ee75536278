package main

import "fmt"

func main() {
	x := 2
	if { // ERROR "syntax error: missing condition in if statement"
		fmt.Println(x)
	}
}
