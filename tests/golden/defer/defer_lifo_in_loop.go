package main

import "fmt"

func countdown(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("start: ")
}

func nested() {
	defer fmt.Println("outer 1")
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
		fmt.Println("inner body")
	}()
	defer fmt.Println("outer 2")
	fmt.Println("outer body")
}

func main() {
	countdown(5)
	fmt.Println()
	nested()
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("iteration", i, "cleanup")
			fmt.Println("iteration", i, "work")
		}()
	}
}
