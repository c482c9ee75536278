package main

import "fmt"

func main() {
	if { // ERROR "syntax error: missing condition in if statement"
		fmt.Println("never")
	}
}
