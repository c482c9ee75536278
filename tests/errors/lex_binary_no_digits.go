package main

import "fmt"

func main() {
	bits := 0b // ERROR "binary literal has no digits"
	fmt.Println(bits)
}
