package main

import "fmt"

func main() {
	price := 10.5
	fmt.Println(price % 3) // ERROR "invalid operation: operator % not defined on price"
}
