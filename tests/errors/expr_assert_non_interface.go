package main

import "fmt"

func main() {
	n := 10
	if s, ok := n.(string); ok { // ERROR "invalid operation: n \(variable of type int\) is not an"
		fmt.Println(s)
	}
}
