package main

import "fmt"

func main() {
	var x, y int
	x, y = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	fmt.Println(x, y)
}
