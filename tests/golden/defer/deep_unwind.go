package main

import "fmt"

func down(n int) int {
	if n == 0 {
		panic(fmt.Sprint("bottom"))
	}
	return down(n-1) + 1
}

func downDefer(n int, hits *int) {
	defer func() { *hits++ }()
	if n == 0 {
		var m map[int]int
		m[0] = 1
	}
	downDefer(n-1, hits)
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	func() {
		defer func() { fmt.Println("first:", recover()) }()
		down(100000)
	}()
	hits := 0
	defer func() { fmt.Println("hits:", hits) }()
	downDefer(3000, &hits)
}
