package main

import "fmt"

func show(v interface{}) {
	fmt.Println(v.String()) // ERROR "v.String undefined \(type interface\{\} has no field or method"
}

func main() {
	show(1)
}
