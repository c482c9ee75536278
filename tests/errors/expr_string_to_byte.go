package main

import "fmt"

func main() {
	b := byte("a") // ERROR "cannot convert \"a\" \(untyped string constant\) to type byte"
	fmt.Println(b)
}
