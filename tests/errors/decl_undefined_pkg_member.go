package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, World"
	if strings.Contain(s, "World") { // ERROR "undefined: strings.Contain"
		fmt.Println("found")
	}
}
