package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("this deferred call never runs")
	fmt.Println("working")
	func() {
		defer fmt.Println("inner deferred runs")
	}()
	if len(os.Args) > 5 {
		return
	}
	fmt.Fprintln(os.Stderr, "fatal: configuration missing")
	os.Exit(3)
}
