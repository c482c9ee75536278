package main

import "fmt"

func main() {
	fmt.Println("x")
}
} // ERROR "syntax error: non-declaration statement outside function"
