package main

import "fmt"

func main() {
	s := make([]int, 10)
	t := s[2::8] // ERROR "middle index required in 3-index slice"
	fmt.Println(t)
}
