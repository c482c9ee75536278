package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	lo, hi, max := 1, 4, 6
	t := s[lo:hi]
	fmt.Println(len(t), cap(t))
	u := s[lo:hi:max]
	fmt.Println(len(u))
}
