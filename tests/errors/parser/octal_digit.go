package main

import "fmt"

func main() {
	mode := 0758 // ERROR "invalid digit '8' in octal literal"
	fmt.Println(mode)
}
