package main

import "fmt"

func main() {
	s := "\x4" // ERROR "invalid character '\"' in hexadecimal escape"
	fmt.Println(s)
}
