package main

import "fmt"

func squares() (out []int) {
	for i := 1; i <= 3; i++ {
		defer func(n int) { out = append(out, n*n) }(i)
	}
	return nil
}

func main() {
	fmt.Println(squares())
	total := 0
	func() {
		for _, v := range []int{1, 2, 3} {
			v := v
			defer func() { total += v; fmt.Println("add", v, "total", total) }()
		}
	}()
	fmt.Println("final", total)
	var order []string
	func() {
		defer func() { order = append(order, "outer") }()
		func() {
			defer func() { order = append(order, "inner") }()
			order = append(order, "body")
		}()
	}()
	fmt.Println(order)
}
