package main

import "fmt"

func main() {
	n := 100_ // ERROR "'_' must separate successive digits"
	fmt.Println(n)
}
