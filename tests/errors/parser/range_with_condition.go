package main

import "fmt"

func main() {
	for i := range []int{1, 2}; i < 1; i++ { // ERROR "syntax error: unexpected semicolon, expecting \\{ after for clause"
		fmt.Println(i)
	}
}
