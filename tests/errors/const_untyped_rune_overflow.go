package main

import "fmt"

func main() {
	var c byte = '€' // ERROR "cannot use '€' \(untyped rune constant 8364\) as byte value"
	fmt.Println(c)
}
