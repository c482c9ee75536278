package main

import "fmt"

func main() {
	n := int("42") // ERROR "cannot convert \"42\" \(untyped string constant\) to type int"
	fmt.Println(n)
}
