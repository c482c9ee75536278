package main

import "fmt"

func main() {
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	fmt.Println(n)
}
