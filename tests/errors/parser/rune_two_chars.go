package main

import "fmt"

func main() {
	r := 'ab' // ERROR "more than one character in rune literal"
	fmt.Println(r)
}
