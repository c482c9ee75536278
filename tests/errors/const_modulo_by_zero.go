package main

import "fmt"

func main() {
	n := 17
	fmt.Println(n % 0) // ERROR "invalid operation: division by zero"
}
