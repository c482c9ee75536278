package main

import "fmt"

func main() {
	if len("a") > 0 {
		fmt.Println("a")
	} else for { // ERROR "syntax error: else must be followed by if or statement block"
		break
	}
}
