package main

import "fmt"

var init = 5 // ERROR "cannot declare init - must be func"

func main() {
	fmt.Println("x")
}
