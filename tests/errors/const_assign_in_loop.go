package main

import "fmt"

const step = 2

func main() {
	for i := 0; i < 10; i += step {
		step++ // ERROR "cannot assign to step \(untyped int constant 2\)"
		fmt.Println(i)
	}
}
