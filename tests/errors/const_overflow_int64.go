package main

import "fmt"

func main() {
	big := 9223372036854775808 // ERROR "cannot use 9223372036854775808 \(untyped int constant\) as"
	fmt.Println(big)
}
