package main

import "fmt"

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	fmt.Println(x)
}
