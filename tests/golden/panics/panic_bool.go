package main

import "fmt"

func assert(cond bool, what string) {
	if !cond {
		fmt.Println("assertion failed:", what)
		panic(cond)
	}
	fmt.Println("assertion ok:", what)
}

func main() {
	assert(1+1 == 2, "arithmetic")
	assert(len("abc") == 3, "length")
	assert(len("abc") == 4, "wrong length")
}
