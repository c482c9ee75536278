package main

import "fmt"

func main() {
	data := []int{5, 3, 8}
	fmt.Println(maxOf(data)) // ERROR "undefined: maxOf"
}
