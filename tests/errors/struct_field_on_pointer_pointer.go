package main

import "fmt"

type Node struct{ Val int }

func main() {
	n := &Node{Val: 1}
	pp := &n
	fmt.Println(pp.Val) // ERROR "pp.Val undefined \(type \*\*Node has no field or method Val\)"
}
