package main

import "fmt"

type Ring struct {
	buf  [4]int
	size int
}

func (r *Ring) Window(n int) []int { return r.buf[:n] }

func main() {
	r := &Ring{buf: [4]int{1, 2, 3, 4}, size: 4}
	for _, n := range []int{0, 2, 4} {
		fmt.Println(n, r.Window(n))
	}
	s := r.buf[1:3]
	fmt.Println(len(s), cap(s), s[:3])
	fmt.Println(r.Window(6))
}
