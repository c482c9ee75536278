package main

import "fmt"

func main() {
	size := 4
	fmt.Println(size.value) // ERROR "size.value undefined \(type int has no field or method value\)"
}
