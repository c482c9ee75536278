package main

import "fmt"

func main() {
	eps := 1.5e- // ERROR "exponent has no digits"
	fmt.Println(eps)
}
