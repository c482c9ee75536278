package main

import "fmt"

func main() {
	a := 1
	a == 2 // ERROR "a == 2 \(untyped bool value\) is not used"
	fmt.Println(a)
}
