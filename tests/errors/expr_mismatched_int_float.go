package main

import "fmt"

func main() {
	count := 3
	avg := 2.5
	fmt.Println(count * avg) // ERROR "invalid operation: count \* avg \(mismatched types int and"
}
