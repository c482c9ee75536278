package main

import "fmt"

func countdown(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("countdown", i)
	}
	fmt.Println("countdown body done")
}

func main() {
	fmt.Println("start")
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	defer func() {
		fmt.Println("closure defer runs before the loop defers")
	}()
	countdown(3)
	fmt.Println("end of main body")
}
