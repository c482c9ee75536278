package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	if p == Point{1, 2} { // ERROR "syntax error: unexpected \\}, expecting := or = or comma"
		fmt.Println("origin")
	}
}
