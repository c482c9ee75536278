package main

import "fmt"

func main() {
	name := "gopher"
	fmt.Println("hello", name // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \\)"
}
