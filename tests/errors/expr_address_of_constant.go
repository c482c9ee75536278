package main

import "fmt"

func main() {
	p := &42 // ERROR "invalid operation: cannot take address of 42 \(untyped int"
	fmt.Println(p)
}
