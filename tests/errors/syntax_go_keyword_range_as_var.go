package main

import "fmt"

func main() {
	range := 10 // ERROR "syntax error: unexpected range, expecting \}"
	fmt.Println(range)
}
