package main

import "fmt"

func makeCounter(start, step int) (func() int, func()) {
	n := start
	next := func() int {
		n += step
		return n
	}
	reset := func() { n = start }
	return next, reset
}

func main() {
	a, resetA := makeCounter(0, 1)
	b, _ := makeCounter(100, 10)
	for i := 0; i < 3; i++ {
		fmt.Println(a(), b())
	}
	resetA()
	fmt.Println("after reset:", a(), b())
	c, resetC := makeCounter(-5, -5)
	fmt.Println(c(), c())
	resetC()
	resetC()
	fmt.Println(c())
}
