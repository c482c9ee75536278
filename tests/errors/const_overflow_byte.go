package main

import "fmt"

func main() {
	var b byte = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in"
	fmt.Println(b)
}
