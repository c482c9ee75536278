package main

import "fmt"

func main() {
	func() {
		for i := 0; i < 3; i++ {
			defer func() { fmt.Print("shared:", i, " ") }()
		}
	}()
	fmt.Println()
	func() {
		for i := 0; i < 3; i++ {
			defer func(n int) { fmt.Print("arg:", n, " ") }(i)
		}
	}()
	fmt.Println()
	func() {
		for _, s := range []string{"a", "b", "c"} {
			s := s
			defer func() { fmt.Print("copy:", s, " ") }()
		}
	}()
	fmt.Println()
}
