package main

import "fmt"

func main() {
	defer recover // ERROR "expression in defer must be function call"
	fmt.Println("working")
}
