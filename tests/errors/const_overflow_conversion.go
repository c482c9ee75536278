package main

import "fmt"

func main() {
	b := uint8(300) // ERROR "cannot convert 300 \(untyped int constant\) to type uint8"
	fmt.Println(b)
}
