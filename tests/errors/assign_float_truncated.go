package main

import "fmt"

func main() {
	var n int = 3.7 // ERROR "cannot use 3.7 \(untyped float constant\) as int value in"
	fmt.Println(n)
}
