package main

import "fmt"

func main() {
	size := 4
	fmt.Println("size", size)
	var buf [size]byte // ERROR "invalid array length size"
	fmt.Println(buf)
}
