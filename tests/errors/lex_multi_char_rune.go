package main

import "fmt"

func main() {
	greeting := 'hi' // ERROR "more than one character in rune literal"
	fmt.Println(greeting)
}
