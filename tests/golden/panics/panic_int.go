package main

import "fmt"

func level(n int) {
	if n == 3 {
		fmt.Println("panicking with an int at level", n)
		panic(42)
	}
	defer fmt.Println("unwinding level", n)
	level(n + 1)
}

func main() {
	level(0)
}
