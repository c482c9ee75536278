package main

import "fmt"

type IDs []int

func main() {
	var ids IDs
	var names []string
	ids = names // ERROR "cannot use names \(variable of type \[\]string\) as type IDs in"
	fmt.Println(ids)
}
