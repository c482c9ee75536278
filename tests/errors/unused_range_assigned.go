package main

import "fmt"

func main() {
	word := "hello"
	for i, c := range word { // ERROR "c declared but not used"
		c = 'x'
		fmt.Println(i)
	}
}
