package main

import "fmt"

func main() {
	var v interface{} = 10
	fmt.Println(v + 1) // ERROR "invalid operation: v \+ 1 \(mismatched types interface\{\} and"
}
