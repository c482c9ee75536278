package main

import "fmt"

func main() {
	million := 1__000_000 // ERROR "'_' must separate successive digits"
	fmt.Println(million)
}
