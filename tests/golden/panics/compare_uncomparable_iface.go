package main

import "fmt"

func main() {
	var a interface{} = []int{1}
	var b interface{} = "x"
	fmt.Println(a == b) // different dynamic types: false, no panic
	b = []int{1}
	fmt.Println(a == b)
}
