package main

import "fmt"

func main() {
	size := 3
	var grid size // ERROR "size \(variable of type int\) is not a type"
	fmt.Println(grid)
}
