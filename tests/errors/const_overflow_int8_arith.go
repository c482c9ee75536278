package main

import "fmt"

func main() {
	var level int8 = 100 + 100 // ERROR "cannot use 100 \+ 100 \(untyped int constant 200\) as int8"
	fmt.Println(level)
}
