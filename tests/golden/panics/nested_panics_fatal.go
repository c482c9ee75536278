package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	defer func() {
		panic(fmt.Sprint("second: ", recover()))
	}()
	defer func() {
		panic("inner")
	}()
	var s []int
	_ = s[3]
}
