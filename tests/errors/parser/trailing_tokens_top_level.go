package main

import "fmt"

var limit = 5 6 // ERROR "syntax error: unexpected literal 6 after top level declaration"

func main() {
	fmt.Println(limit)
}
