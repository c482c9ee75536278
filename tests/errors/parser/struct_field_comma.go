package main

import "fmt"

type pair struct {
	a int, // ERROR "syntax error: unexpected comma in struct type; possibly missing semicolon or newline or \\}"
	b int
}

func main() {
	fmt.Println(pair{})
}
