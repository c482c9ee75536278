package main

import "fmt"

counter := 0 // ERROR "syntax error: non-declaration statement outside function"

func main() {
	fmt.Println(counter)
}
