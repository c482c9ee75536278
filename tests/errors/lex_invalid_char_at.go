package main

import "fmt"

func main() {
	user := "ann"
	fmt.Println(@user) // ERROR "invalid character U\+0040 '@'"
}
