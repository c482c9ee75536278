package main

import "fmt"

const Big = 1 << 64

func main() {
	var n int = Big // ERROR "cannot use Big \(untyped int constant 18446744073709551616\)"
	fmt.Println(n)
}
