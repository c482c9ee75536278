package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(s[3:1]) // ERROR "invalid slice indices: 1 < 3"
}
