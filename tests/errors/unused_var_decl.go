package main

import "fmt"

func main() {
	var result string // ERROR "result declared but not used"
	fmt.Println("computing")
}
