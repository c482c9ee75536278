package main

import "fmt"

const (
	Total = 100
	Parts = 0
)

const PerPart = Total / Parts // ERROR "invalid operation: division by zero"

func main() {
	fmt.Println(PerPart)
}
