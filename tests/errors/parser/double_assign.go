package main

import "fmt"

func main() {
	var x int
	x = = 1 // ERROR "syntax error: unexpected =, expecting expression"
	fmt.Println(x)
}
