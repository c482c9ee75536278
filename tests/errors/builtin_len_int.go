package main

import "fmt"

func main() {
	count := 42
	fmt.Println(len(count)) // ERROR "invalid argument: count \(variable of type int\) for len"
}
