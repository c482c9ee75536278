package main

import "fmt"

func main() {
	const bits int32 = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as"
	fmt.Println(bits)
}
