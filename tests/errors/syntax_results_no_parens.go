package main

import "fmt"

func parse(s string) int, error { // ERROR "syntax error: unexpected comma after top level declaration"
	return len(s), nil
}

func main() {
	fmt.Println(parse("x"))
}
