package main

import "fmt"

func main() {
	defer fmt.Println("bye")
	panic() // ERROR "invalid operation: not enough arguments for panic\(\)"
}
