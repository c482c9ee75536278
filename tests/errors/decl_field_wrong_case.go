package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func main() {
	p := Person{Name: "Ann", Age: 30}
	fmt.Println(p.name) // ERROR "p.name undefined \(type Person has no field or method name,"
}
