package main

import "fmt"

func square(n int) int { return n * n }

func main() {
	fmt.Println(square("4")) // ERROR "cannot use \"4\" \(untyped string constant\) as int value in"
}
