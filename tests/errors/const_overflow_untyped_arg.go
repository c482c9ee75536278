package main

import "fmt"

func store(v int32) { fmt.Println(v) }

func main() {
	store(1 << 40) // ERROR "cannot use 1 << 40 \(untyped int constant 1099511627776\) as"
}
