package main

import "fmt"

func main() {
	n := 1
	fmt.Println(n << -2) // ERROR "invalid operation: negative shift count -2 \(untyped int"
}
