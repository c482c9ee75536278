package main

import "fmt"

func main() {
	f := 0x1.8 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	fmt.Println(f)
}
