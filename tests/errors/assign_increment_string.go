package main

import "fmt"

func main() {
	s := "a"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	fmt.Println(s)
}
