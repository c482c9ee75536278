package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func inner() {
	defer trace("inner")()
	fmt.Println("  working in inner")
}

func outer() {
	defer trace("outer")()
	inner()
	fmt.Println("  back in outer")
}

func main() {
	outer()
}
