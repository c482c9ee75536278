package main

import "fmt"

func main() {
	name := "gopher"
	fmt.Println(name.ToUpper()) // ERROR "name.ToUpper undefined \(type string has no field or method"
}
