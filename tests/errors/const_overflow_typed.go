package main

import "fmt"

const Limit int8 = 127

func main() {
	x := Limit + 1 // ERROR "Limit \+ 1 \(constant 128 of type int8\) overflows int8"
	fmt.Println(x)
}
