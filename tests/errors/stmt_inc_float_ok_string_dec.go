package main

import "fmt"

func main() {
	var names []string
	names-- // ERROR "invalid operation: names-- \(non-numeric type \[\]string\)"
	fmt.Println(names)
}
