package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	lo, hi := 3, 2
	fmt.Println(s[1:4])
	fmt.Println(s[:5:5])
	fmt.Println(s[lo:hi])
}
