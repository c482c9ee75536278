package main

import "fmt"

type Employee struct {
	Name string
	ID   int
	Name string // ERROR "Name redeclared"
}

func main() {
	fmt.Println(Employee{})
}
