package main

import "fmt"

func main() {
	label := "x"
	n := 65
	label = n // ERROR "cannot use n \(variable of type int\) as type string in"
	fmt.Println(label)
}
