package main

import "fmt"

func main() {
	done := true
	n := int(done) // ERROR "cannot convert done \(variable of type bool\) to type int"
	fmt.Println(n)
}
