package main

import "fmt"

func main() {
	x := 0
	if x = 5 { // ERROR "syntax error: cannot use assignment \(x\) = \(5\) as value"
		fmt.Println(x)
	}
}
