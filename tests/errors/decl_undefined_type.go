package main

import "fmt"

func main() {
	var p Person // ERROR "undefined: Person"
	fmt.Println(p)
}
