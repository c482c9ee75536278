package main

import "fmt"

func main() {
	defer (fmt.Println("bye")) // ERROR "expression in defer must not be parenthesized"
}
