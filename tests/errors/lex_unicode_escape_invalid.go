package main

import "fmt"

func main() {
	s := "\uD800" // ERROR "escape is invalid Unicode code point U\+D800"
	fmt.Println(s)
}
