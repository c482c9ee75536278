package main

import "fmt"

func setup() {}

func main() {
	fmt.Println(init) // ERROR "undefined: init"
	setup()
}
