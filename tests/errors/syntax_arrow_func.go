package main

import "fmt"

func main() {
	double := (x int) => x * 2 // ERROR "syntax error: unexpected int, expecting \)"
	fmt.Println(double(2))
}
