package main

import "fmt"

func cleanup() { fmt.Println("cleanup") }

func main() {
	defer (cleanup()) // ERROR "expression in defer must not be parenthesized"
	fmt.Println("work")
}
