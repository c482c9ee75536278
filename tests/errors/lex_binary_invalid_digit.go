package main

import "fmt"

func main() {
	flags := 0b1021 // ERROR "invalid digit '2' in binary literal"
	fmt.Println(flags)
}
