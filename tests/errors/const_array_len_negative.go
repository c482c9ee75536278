package main

import "fmt"

const N = -1

func main() {
	var grid [N]int // ERROR "invalid array length N \(untyped int constant -1\)"
	fmt.Println(grid)
}
