package main

import "fmt"

func main() {
	perm := 0759 // ERROR "invalid digit '9' in octal literal"
	fmt.Println(perm)
}
