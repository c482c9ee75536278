package main

import "fmt"

fucn helper() int { // ERROR "syntax error: non-declaration statement outside function"
	return 1
}

func main() {
	fmt.Println("x")
}
