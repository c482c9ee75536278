package main

import "fmt"

func helper() int {
	return 1

func main() { // ERROR "syntax error: unexpected main, expecting \\("
	fmt.Println(helper())
}
