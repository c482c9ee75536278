package main

import "fmt"

func main() {
	handler := func(msg string) {
		prefix := "log: " // ERROR "prefix declared but not used"
		fmt.Println(msg)
	}
	handler("hello")
}
