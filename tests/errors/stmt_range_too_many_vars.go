package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	for i, x, y := range xs { // ERROR "range clause permits at most two iteration variables"
		fmt.Println(i, x)
	}
}
