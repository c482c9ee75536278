package main

import "fmt"

func main() {
	var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in"
	fmt.Println(u)
}
