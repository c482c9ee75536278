package main

import "fmt"

func main() {
	n := 5
	fmt.Println(*n) // ERROR "invalid operation: cannot indirect n \(variable of type int\)"
}
