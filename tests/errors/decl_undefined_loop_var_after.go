package main

import "fmt"

func main() {
	words := []string{"x", "y"}
	for idx, w := range words {
		fmt.Println(idx, w)
	}
	fmt.Println(w) // ERROR "undefined: w"
}
