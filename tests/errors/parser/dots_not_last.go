package main

import "fmt"

func main() {
	xs := []interface{}{1, 2}
	fmt.Println(xs..., 3) // ERROR "syntax error: unexpected literal 3, expecting \\)"
}
