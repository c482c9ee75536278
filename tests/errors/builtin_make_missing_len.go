package main

import "fmt"

func main() {
	buf := make([]byte) // ERROR "invalid operation: make\(\[\]byte\) expects 2 or 3 arguments;"
	fmt.Println(buf)
}
