package main

import "fmt"

func main() {
	if n := 3 { // ERROR "syntax error: cannot use n := 3 as value"
		fmt.Println(n)
	}
}
