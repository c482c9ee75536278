package main

import "fmt"

func main() {
	items := 10
	fmt.Println(items / 0) // ERROR "invalid operation: division by zero"
}
