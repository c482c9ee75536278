package main

import "fmt"

func value() int { return 1 }

func main() {
	value() = 2 // ERROR "cannot assign to value\(\) \(value of type int\)"
	fmt.Println(value())
}
