package main

import "fmt"

type A struct{ x int }
type B struct{ y int }

func main() {
	a := A{1}
	b := B(a) // ERROR "cannot convert a \(variable of type A\) to type B"
	fmt.Println(b)
}
