package main

import "fmt"

const MaxSize = 100

func main() {
	MaxSize = 200 // ERROR "cannot assign to MaxSize \(untyped int constant 100\)"
	fmt.Println(MaxSize)
}
