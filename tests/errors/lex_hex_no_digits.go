package main

import "fmt"

func main() {
	mask := 0x // ERROR "hexadecimal literal has no digits"
	fmt.Println(mask)
}
