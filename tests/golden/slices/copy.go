package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5, 6}
	copy(s, s[2:])
	fmt.Println(s)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:n]))
	var none []int
	fmt.Println(copy(none, src), copy(src, none))
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src[0], clone[0])
	dup := make([]int, len(src))
	copy(dup, src)
	dup[1] = 200
	fmt.Println(src, dup)
}
