package main

import "fmt"

func main() {
	p := new(10) // ERROR "10 is not a type"
	fmt.Println(p)
}
