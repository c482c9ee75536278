package main

import "fmt"

func main() {
	x := 0
	fmt.Println(x = 1) // ERROR "syntax error: unexpected = in argument list; possibly"
}
