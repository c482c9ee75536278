package main

import "fmt"

// Nanoseconds in roughly three centuries, written as a float literal.
const span = 9.3e18

func main() {
	limit := int64(span) // ERROR "cannot convert span \(untyped float constant 9300000000000000000\) to type int64"
	fmt.Println(limit)
}
