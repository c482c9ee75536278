package main

import "fmt"

func main() {
	mode := 0o758 // ERROR "invalid digit '8' in octal literal"
	fmt.Println(mode)
}
