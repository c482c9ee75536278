package main

import "fmt"

func main() {
	month := 08 // ERROR "invalid digit '8' in octal literal"
	fmt.Println(month)
}
