package main

import "fmt"

const Prefix = "v" + 2 // ERROR "invalid operation: \"v\" \+ 2 \(mismatched types untyped string"

func main() {
	fmt.Println(Prefix)
}
