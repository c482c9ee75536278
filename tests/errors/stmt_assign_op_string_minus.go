package main

import "fmt"

func main() {
	path := "/usr/local/"
	path -= "/" // ERROR "invalid operation: operator - not defined on path \(variable"
	fmt.Println(path)
}
