package main

import "fmt"

// The length of a board depends on the board itself.
type Board [len(Board{})]int // ERROR "illegal cycle in type declaration"

func main() {
	var b Board
	fmt.Println(len(b))
}
