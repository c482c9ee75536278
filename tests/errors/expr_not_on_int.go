package main

import "fmt"

func main() {
	flags := 0
	if !flags { // ERROR "invalid operation: operator ! not defined on flags"
		fmt.Println("none")
	}
}
