package main

import "fmt"

func main() {
	sep := "="
	fmt.Println(sep * 10) // ERROR "invalid operation: sep \* 10 \(mismatched types string and"
}
