package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in"
	fmt.Println(m)
}
