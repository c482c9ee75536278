package main

import "fmt"

func main() {
	for i := 0; i < 10 { // ERROR "syntax error: unexpected \\{, expecting semicolon or newline"
		fmt.Println(i)
	}
}
