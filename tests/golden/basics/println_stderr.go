package main

import "fmt"

type point struct{ x, y int }

func main() {
	fmt.Println("to stdout 1")
	println("to stderr via println", 42, true)
	print("to stderr via print\n")
	fmt.Println("to stdout 2")
	x := 3
	println("x =", x)
	fmt.Printf("x = %d\n", x)
	p := point{1, 2}
	println("struct fields", p.x, p.y)
	fmt.Println("point", p)
	var f float64 = 1.5
	println("float", f)
	fmt.Println("float", f)
}
