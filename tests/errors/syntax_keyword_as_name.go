package main

import "fmt"

func main() {
	type := "admin" // ERROR "syntax error: unexpected :=, expecting name"
	fmt.Println("role set")
}
