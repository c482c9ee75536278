package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	fmt.Println(s[0..2]) // ERROR "syntax error: unexpected literal .2, expecting comma, : or \]"
}
