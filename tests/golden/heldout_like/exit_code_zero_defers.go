package main

import (
	"fmt"
	"os"
)

func run() int {
	defer fmt.Println("run cleanup")
	fmt.Println("running")
	return 0
}

func main() {
	defer fmt.Println("skipped by os.Exit")
	code := run()
	fmt.Println("exiting with", code)
	os.Exit(code)
}
