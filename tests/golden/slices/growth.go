package main

import "fmt"

func main() {
	var ints []int
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Printf("int len=%d cap=%d\n", len(ints), cap(ints))
			last = cap(ints)
		}
	}
	var bytes []byte
	last = -1
	for i := 0; i < 1000; i++ {
		bytes = append(bytes, 'x')
		if cap(bytes) != last {
			fmt.Printf("byte len=%d cap=%d\n", len(bytes), cap(bytes))
			last = cap(bytes)
		}
	}
	a := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(a), cap(a))
	b := append([]int{1, 2}, 3, 4, 5)
	fmt.Println(len(b), cap(b))
	c := append([]string{}, "x")
	fmt.Println(len(c), cap(c))
	d := append(make([]int, 10, 10), 1)
	fmt.Println(len(d), cap(d))
}
