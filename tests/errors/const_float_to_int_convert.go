package main

import "fmt"

func main() {
	n := int(2.5) // ERROR "cannot convert 2.5 \(untyped float constant\) to type int"
	fmt.Println(n)
}
