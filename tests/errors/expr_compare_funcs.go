package main

import "fmt"

func inc(x int) int { return x + 1 }
func dec(x int) int { return x - 1 }

func main() {
	fmt.Println(inc == dec) // ERROR "invalid operation: inc == dec \(func can only be compared to"
}
