package main

import "fmt"

func main() {
	var a int = 10
	var b int64 = 20
	if a < b { // ERROR "invalid operation: a < b \(mismatched types int and int64\)"
		fmt.Println("less")
	}
}
