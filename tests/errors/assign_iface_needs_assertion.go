package main

import "fmt"

func main() {
	var v interface{} = "text"
	var s string = v // ERROR "cannot use v \(variable of type interface\{\}\) as type string"
	fmt.Println(s)
}
