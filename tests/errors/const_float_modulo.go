package main

import "fmt"

const Rate = 7.5

func main() {
	fmt.Println(Rate % 2) // ERROR "invalid operation: operator % not defined on Rate \(untyped"
}
