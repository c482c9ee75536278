package main

import "fmt"

func main() {
	var port int = "8080" // ERROR "cannot use \"8080\" \(untyped string constant\) as int value in"
	fmt.Println(port)
}
