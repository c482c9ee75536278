package main

import "fmt"

func mk(n int) []int {
	return make([]int, n)
}

func main() {
	fmt.Println(len(mk(3)))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		var m map[string]int
		_ = m
		n := -5
		_ = make([]string, 2, n+6)
		_ = make([]string, n)
	}()
	_ = mk(-1)
}
