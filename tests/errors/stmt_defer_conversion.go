package main

import "fmt"

func main() {
	x := 3
	defer int(x) // ERROR "defer requires function call, not conversion int\(x\) \(value"
	fmt.Println(x)
}
