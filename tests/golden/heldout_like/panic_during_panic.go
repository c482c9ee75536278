package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer defer runs")
	}()
	defer func() {
		panic("second panic in defer")
	}()
	fmt.Println("start")
	panic("first panic")
}
