package main

import "fmt"

func main() {
	s := "text"
	fmt.Println(cap(s)) // ERROR "invalid argument: s \(variable of type string\) for cap"
}
