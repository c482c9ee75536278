package main

import "fmt"

func main() {
	if n := len("abc") { // ERROR "syntax error: cannot use n := len\(\"abc\"\) as value"
		fmt.Println(n)
	}
}
