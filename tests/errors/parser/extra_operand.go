package main

import "fmt"

func main() {
	total := 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
	fmt.Println(total)
}
