package main

import "fmt"

func length(s string) int {
	if s == "" {
		return // ERROR "not enough return values"
	}
	return len(s)
}

func main() {
	fmt.Println(length("x"))
}
