package main

import "fmt"

func main() {
	a, b 1 // ERROR "syntax error: unexpected literal 1, expecting := or = or comma"
	fmt.Println(a, b)
}
