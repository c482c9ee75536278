package main

import "fmt"

var debug = false

import "strings" // ERROR "syntax error: non-declaration statement outside function"

func main() {
	fmt.Println(strings.ToUpper("x"), debug)
}
