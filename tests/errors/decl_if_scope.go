package main

import "fmt"

func main() {
	if v := 10; v > 5 {
		fmt.Println("big")
	}
	fmt.Println(v) // ERROR "undefined: v"
}
