package main

import "fmt"

func main() {
	count := 10
	count /= 0 // ERROR "invalid operation: division by zero"
	fmt.Println(count)
}
