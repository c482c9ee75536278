package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("limit exceeded, exiting with status 3")
		os.Exit(3)
	}
	fmt.Println("n =", n)
}

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	for i := 0; i < 5; i++ {
		check(i)
	}
}
