package main

import "fmt"

func main() {
	fmt.Println(total) // ERROR "undefined: total"
	total := 10
	_ = total
}
