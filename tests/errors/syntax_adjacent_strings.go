package main

import "fmt"

func main() {
	name := "ann"
	fmt.Println("hello" name) // ERROR "syntax error: unexpected name in argument list; possibly"
}
