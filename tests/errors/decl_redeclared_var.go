package main

import "fmt"

func main() {
	count := 1
	var count int // ERROR "count redeclared in this block"
	fmt.Println(count)
}
