package main

import "fmt"

func main() {
	m := map[string]int{}
	m = append(m, 1) // ERROR "first argument to append must be a slice; have m \(variable"
	fmt.Println(m)
}
