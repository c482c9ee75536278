package main

import "fmt"

func main() {
	defer fmt.Println("deferred before crash")
	fmt.Println("panicking with nil")
	panic(nil)
}
