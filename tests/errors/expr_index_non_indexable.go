package main

import "fmt"

func main() {
	total := 100
	fmt.Println(total[0]) // ERROR "invalid operation: cannot index total \(variable of type int\)"
}
