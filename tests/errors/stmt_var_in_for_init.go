package main

import "fmt"

func main() {
	for var i = 0; i < 3; i++ { // ERROR "syntax error: var declaration not allowed in for initializer"
		fmt.Println(i)
	}
}
