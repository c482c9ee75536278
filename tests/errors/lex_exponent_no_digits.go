package main

import "fmt"

func main() {
	big := 1e // ERROR "exponent has no digits"
	fmt.Println(big)
}
