package main

import "fmt"

func main() {
	var a int = 1, b = 2 // ERROR "syntax error: unexpected = at end of statement"
	fmt.Println(a, b)
}
