package main

import "fmt"

func main() {
	n := 42
	msg := "n = " + n // ERROR "invalid operation: \"n = \" \+ n \(mismatched types untyped"
	fmt.Println(msg)
}
