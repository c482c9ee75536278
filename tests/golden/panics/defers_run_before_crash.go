package main

import "fmt"

func f() {
	defer fmt.Println("f deferred")
	var m map[int]int
	m[1] = 2
}

func main() {
	defer func() {
		fmt.Println("main deferred")
	}()
	f()
}
