package main

import "fmt"

func main() {
	var budget int32
	budget = int32(1e10) // ERROR "cannot convert 1e10 \(untyped float constant 10000000000\) to type int32"
	fmt.Println(budget)
}
