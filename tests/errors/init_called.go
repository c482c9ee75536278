package main

import "fmt"

var count int

func init() {
	count = 1
}

func main() {
	init() // ERROR "undefined: init"
	fmt.Println(count)
}
