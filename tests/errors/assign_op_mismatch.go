package main

import "fmt"

func main() {
	total := 0
	total += "1" // ERROR "invalid operation: total \+= \"1\" \(mismatched types int and"
	fmt.Println(total)
}
