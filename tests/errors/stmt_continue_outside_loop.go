package main

import "fmt"

func main() {
	n := 4
	if n%2 == 0 {
		continue // ERROR "continue is not in a loop"
	}
	fmt.Println(n)
}
