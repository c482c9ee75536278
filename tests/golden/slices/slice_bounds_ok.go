package main

import "fmt"

func main() {
	s := []int{10, 20, 30, 40, 50}
	fmt.Println(s[:], s[0:0], s[5:], s[2:2])
	fmt.Println(s[len(s)-1], s[:len(s)-1])
	str := "hello"
	fmt.Println(str[:0] == "", str[5:] == "", str[1:4])
	sub := s[1:2]
	fmt.Println(sub, len(sub), cap(sub))
	sub = sub[:4]
	fmt.Println(sub)
	var nilS []int
	fmt.Println(nilS[:], nilS[0:0], len(nilS[:0]))
	a := [4]int{1, 2, 3, 4}
	as := a[:]
	as[0] = 9
	fmt.Println(a)
	idx := 3
	fmt.Println(s[idx-1 : idx+1])
	b := []byte("abcdef")
	fmt.Println(string(b[2:]), string(b[:2]))
	head, tail := s[0], s[1:]
	fmt.Println(head, tail)
	for len(tail) > 0 {
		tail = tail[1:]
	}
	fmt.Println(len(tail), cap(tail))
}
