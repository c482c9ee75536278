package main

import "fmt"

func main() {
	name := "gopher"
	fmt.println("hi", name) // ERROR "undefined: fmt.println"
}
