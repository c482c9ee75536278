package main

import "fmt"

func add(a int, string) int { // ERROR "syntax error: mixed named and unnamed parameters"
	return a
}

func main() {
	fmt.Println(add(1, "x"))
}
