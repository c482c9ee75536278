package main

import "fmt"

func main() {
	m := make(map[string]int, 10)
	fmt.Println(cap(m)) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for"
}
