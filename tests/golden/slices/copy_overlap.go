package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n := copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(s, s[3:])
	fmt.Println(n, s)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	var dst []int
	fmt.Println(copy(dst, s))
	// insert at index 2
	s = []int{10, 20, 30, 40}
	s = append(s, 0)
	copy(s[3:], s[2:])
	s[2] = 25
	fmt.Println(s)
	// delete index 1
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	// reverse in place
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
}
