package main

import "fmt"

var a = b + 1 // ERROR "initialization loop for a"
var b = c * 2
var c = a

func main() {
	fmt.Println(a, b, c)
}
