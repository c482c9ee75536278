package main

import "fmt"

func main() {
	var count := 10 // ERROR "syntax error: unexpected :=, expecting ="
	fmt.Println(count)
}
