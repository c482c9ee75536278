package main

import "fmt"

var total = compute() // ERROR "initialization loop for total"

func compute() int {
	return total + 1
}

func main() {
	fmt.Println(total)
}
